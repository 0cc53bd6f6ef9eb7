using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Proofread.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Proofread.Benchmarks.Pipeline).Assembly).Run(args);
