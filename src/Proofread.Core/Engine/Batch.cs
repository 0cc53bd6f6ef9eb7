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
    /// results to <paramref name="consume"/> one at a time, in input order.
    /// </summary>
    public void Process<T>(Func<InputFile, SourceText, T> work, Action<InputFile, T> consume, Action<InputFile, ProofreadException> onError)
    {
        var results = new (bool Done, bool Ok, T? Value)[_files.Count];
        int next = 0;
        var gate = new object();
        Parallel.For(0, _files.Count, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, i =>
        {
            var file = _files[i];
            (bool, bool, T?) outcome;
            bool skip;
            lock (_failed)
            {
                skip = _failed.Contains(file.Path);
            }

            if (skip)
            {
                outcome = (true, false, default);
            }
            else
            {
                try
                {
                    outcome = (true, true, work(file, SourceText.Load(file.Path)));
                }
                catch (ProofreadException e)
                {
                    onError(file, e);
                    outcome = (true, false, default);
                }
            }

            FileDone?.Invoke();
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
                }
            }
        });
    }
}
