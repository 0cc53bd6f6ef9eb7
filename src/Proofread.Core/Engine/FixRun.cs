using Proofread.Corpus;
using Proofread.Findings;
using Proofread.Packs;
using Proofread.Review;
using Proofread.Text;

namespace Proofread.Engine;

/// <summary>How a batch fix runs: the lowest applicability it applies, how many files it fixes at once, and whether it keeps the page metadata.</summary>
/// <param name="Minimum">Safe for a plain <c>fix</c>, Review for <c>--apply all</c>.</param>
/// <param name="KeepMeta">Also write what the page's furniture recorded (paper, date, issue…) beside each output.</param>
public sealed record FixRunOptions(Applicability Minimum = Applicability.Safe, int Jobs = 1, bool KeepMeta = false);

/// <summary>What a batch fix did, for its summary.</summary>
/// <param name="Files">The inputs, readable or not.</param>
/// <param name="FixesByRule">How many fixes each rule applied, by rule id in ordinal order.</param>
/// <param name="Recorded">What the run log holds of the run; null when there is none.</param>
public sealed record FixRunSummary(int Files, int Changed, int Written, int Unconverged, IReadOnlyDictionary<string, int> FixesByRule, RecordedRun? Recorded)
{
    public int Fixes => FixesByRule.Values.Sum();
}

/// <summary>
/// The batch fix (<c>proofread fix</c>): gathers the run's statistics over every input, fixes each
/// file (several at once, with <see cref="Fixer"/>), writes the corrected text through an
/// <see cref="IFixOutput"/> while the next files are fixed, and reports the run to an
/// <see cref="IRunLog"/> when there is one (see <see cref="FixRunRecording"/>). Without an output
/// (a dry run) nothing is written and nothing but the run itself is recorded.
/// </summary>
public sealed class FixRun
{
    private readonly RuleEngine _engine;
    private readonly Fixer _fixer;
    private readonly FixRunOptions _options;
    private readonly IFixOutput? _output;
    private readonly TimeProvider _clock;
    private readonly IRunLog? _log;
    private readonly RunInfo? _run;

    /// <param name="output">Where corrected files go; null for a dry run.</param>
    /// <param name="log">Where the run is recorded, under <paramref name="run"/>; null to leave no trace.</param>
    public FixRun(RuleEngine engine, FixRunOptions options, IFixOutput? output, TimeProvider clock, IRunLog? log = null, RunInfo? run = null)
    {
        if (log is not null && run is null)
        {
            throw new ArgumentException("a run log needs the run to record", nameof(run));
        }

        _engine = engine;
        _fixer = new Fixer(engine);
        _options = options;
        _output = output;
        _clock = clock;
        _log = log;
        _run = run;
    }

    /// <summary>Fixes <paramref name="files"/>; one file's error never stops the others.</summary>
    /// <param name="onError">Called, from worker threads, with the error of a file that could not be read or written.</param>
    /// <param name="onFixed">Called with each file's result, one at a time, in input order.</param>
    /// <param name="onFileDone">Called, from worker threads, once per file and pass (statistics, then fixing): for a progress bar.</param>
    public FixRunSummary Run(
        IReadOnlyList<InputFile> files,
        Action<InputFile, ProofreadException> onError,
        Action<InputFile, FixResult>? onFixed = null,
        Action? onFileDone = null)
    {
        var recording = _log is null ? null : new FixRunRecording(_log, _run!, _engine, _clock);
        var tally = new Tally();
        var batch = new Batch(files, _options.Jobs);
        batch.FileDone += onFileDone;
        using (var writes = new BackgroundWrites(Math.Max(4, 2 * _options.Jobs)))
        {
            // The write, and then the record, go on in the background while the next files are fixed.
            void WriteLater(InputFile file, FixResult result, Action record)
            {
                if (_output is not null)
                {
                    writes.Start(() =>
                    {
                        if (Write(file, result, onError, record))
                        {
                            Interlocked.Increment(ref tally.Written);
                        }
                    });
                }
            }

            var statistics = batch.GatherStatistics(onError);
            batch.Process(
                (file, source) =>
                {
                    if (recording is null)
                    {
                        var plain = _fixer.Fix(source, statistics, _options.Minimum);
                        WriteLater(file, plain, () => { });
                        return plain;
                    }

                    var (result, fingerprints) = recording.Fix(_fixer, source, statistics, _options.Minimum);
                    WriteLater(file, result, () => recording.Record(result, fingerprints, statistics));
                    return result;
                },
                (file, result) =>
                {
                    tally.Add(result);
                    onFixed?.Invoke(file, result);
                },
                onError);
            writes.WaitAll();
        }

        return new FixRunSummary(files.Count, tally.Changed, tally.Written, tally.Unconverged, tally.ByRule, recording?.Finish());
    }

    /// <summary>Writes the file (and its metadata), then records it: the log never claims a fix that is not on disk.</summary>
    private bool Write(InputFile file, FixResult result, Action<InputFile, ProofreadException> onError, Action record)
    {
        try
        {
            _output!.Write(file, result);
            if (_options.KeepMeta)
            {
                _output.WriteMetadata(file, Metadata(file, result.Original));
            }

            record();
            return true;
        }
        catch (ProofreadException e)
        {
            onError(file, e);
            return false;
        }
    }

    /// <summary>What the page's furniture recorded (the named groups of the furniture patterns), and the source file's name.</summary>
    private SortedDictionary<string, string> Metadata(InputFile file, SourceText original)
    {
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["source"] = Path.GetFileName(file.Path) };
        foreach (var (name, value) in PageMetadata.Extract(new Document(original), _engine.Rules.OfType<FurniturePackRule>()))
        {
            metadata[name] = value;
        }

        return metadata;
    }

    /// <summary>What the run counts: results one at a time in input order, writes from background tasks.</summary>
    private sealed class Tally
    {
        public int Written;

        public int Changed { get; private set; }

        public int Unconverged { get; private set; }

        public SortedDictionary<string, int> ByRule { get; } = new(StringComparer.Ordinal);

        public void Add(FixResult result)
        {
            Changed += result.Changed ? 1 : 0;
            Unconverged += result.Converged ? 0 : 1;
            foreach (var (rule, n) in result.CountsByRule())
            {
                ByRule[rule] = ByRule.GetValueOrDefault(rule) + n;
            }
        }
    }
}
