using Proofread.Corpus;
using Proofread.Text;

namespace Proofread.Engine;

/// <summary>
/// A multi-file run in two passes: the first reads every input to gather run-wide statistics
/// (and to find unreadable files before anything is written), the second reads each input
/// again and processes it. Only line statistics are kept between the passes, so memory stays
/// flat in corpus size. Files are processed in parallel; results are consumed in input order.
/// </summary>
public sealed class Batch
{
    private readonly IReadOnlyList<InputFile> _files;
    private readonly int _parallelism;
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    public Batch(IReadOnlyList<InputFile> files, int parallelism)
    {
        _files = files;
        _parallelism = Math.Max(1, parallelism);
    }

    public IReadOnlyList<InputFile> Files => _files;

    /// <summary>Raised once per file and pass, from worker threads.</summary>
    public event Action? FileDone;

    /// <summary>Pass one: statistics over every readable input; unreadable ones are reported and left out of pass two.</summary>
    public RunStatistics GatherStatistics(Action<InputFile, ProofreadException> onError)
    {
        var builder = new RunStatistics.Builder();
        Parallel.ForEach(_files, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, file =>
        {
            try
            {
                builder.Add(new Document(SourceText.Load(file.Path)));
            }
            catch (ProofreadException e)
            {
                lock (_failed)
                {
                    _failed.Add(file.Path);
                }

                onError(file, e);
            }

            FileDone?.Invoke();
        });
        return builder.Build();
    }

    /// <summary>
    /// Pass two: runs <paramref name="work"/> on each readable input in parallel and hands the
    /// results to <paramref name="consume"/> one at a time, in input order. Workers take inputs in
    /// order and never run more than a few inputs ahead of the oldest unconsumed one, so the
    /// results waiting for their turn stay few whatever the corpus size.
    /// </summary>
    public void Process<T>(Func<InputFile, SourceText, T> work, Action<InputFile, T> consume, Action<InputFile, ProofreadException> onError)
    {
        var results = new (bool Done, bool Ok, T? Value)[_files.Count];
        int next = 0, taken = -1;
        var gate = new object();
        using var slots = new SemaphoreSlim(_parallelism * 4);
        void Worker()
        {
            while (true)
            {
                // A slot before an index: the oldest unconsumed input always holds one, so
                // consumption can always go on.
                slots.Wait();
                int i = Interlocked.Increment(ref taken);
                if (i >= _files.Count)
                {
                    slots.Release();
                    return;
                }

                var outcome = Run(i, work, onError);
                lock (gate)
                {
                    results[i] = outcome;
                    while (next < results.Length && results[next].Done)
                    {
                        if (results[next].Ok)
                        {
                            consume(_files[next], results[next].Value!);
                        }

                        results[next] = default;
                        next++;
                        slots.Release();
                    }
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Min(_parallelism, Math.Max(1, _files.Count))).Select(_ => Task.Factory.StartNew(Worker, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);
    }

    private (bool Done, bool Ok, T? Value) Run<T>(int i, Func<InputFile, SourceText, T> work, Action<InputFile, ProofreadException> onError)
    {
        var file = _files[i];
        bool skip;
        lock (_failed)
        {
            skip = _failed.Contains(file.Path);
        }

        (bool, bool, T?) outcome = (true, false, default);
        if (!skip)
        {
            try
            {
                outcome = (true, true, work(file, SourceText.Load(file.Path)));
            }
            catch (ProofreadException e)
            {
                onError(file, e);
            }
        }

        FileDone?.Invoke();
        return outcome;
    }
}
