using System.Diagnostics;
using Proofread.Models;

namespace Proofread.Models.Build;

/// <summary>
/// <c>proofread-models stats [--test FILE]</c>: how long the shipped model takes to load, how much
/// memory it holds, and how fast it scores text, character by character, on one thread.
/// </summary>
internal static class StatsCommand
{
    public static int Run(Dictionary<string, string> options, string repo)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var cpu = Cpu();
        var model = CharacterModel.Shared;
        double load = clock.Elapsed.TotalMilliseconds, loadCpu = (Cpu() - cpu).TotalMilliseconds;
        long held = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"load (embedded, first use): {load:F0} ms ({loadCpu:F0} ms of CPU); managed memory held: {held / 1e6:F1} MB; n-grams {string.Join(" / ", model.StoredNgrams)}");

        clock.Restart();
        cpu = Cpu();
        var table = ConfusionTable.Shared;
        Console.WriteLine($"confusion table: {table.Count:N0} pairs loaded in {clock.Elapsed.TotalMilliseconds:F0} ms ({(Cpu() - cpu).TotalMilliseconds:F0} ms of CPU)");

        string test = options.GetValueOrDefault("--test", Path.Combine(repo, "tests/fixtures/corpus/heldout/sentences.txt"));
        var sentences = File.ReadAllLines(test);
        long characters = sentences.Sum(s => (long)s.Length);
        double sum = 0;
        cpu = Cpu();
        for (int round = 0; round < 5; round++)
        {
            foreach (string sentence in sentences)
            {
                sum += model.LogProbability(sentence);
            }
        }

        double seconds = (Cpu() - cpu).TotalSeconds;
        Console.WriteLine($"scoring: {5 * characters / seconds / 1e6:F2} M characters per CPU second ({5 * characters * 3 / seconds / 1e6:F1} MB/s of UTF-8), one thread (checksum {sum:F0})");
        return 0;
    }

    /// <summary>The process's CPU time: on a shared machine, wall-clock time measures the neighbours.</summary>
    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
}
