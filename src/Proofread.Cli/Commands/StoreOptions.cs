using System.CommandLine;
using Proofread.Config;
using Proofread.Engine;
using Proofread.Review;
using Proofread.Store;

namespace Proofread.Cli.Commands;

/// <summary>
/// <c>--db FILE</c> and <c>--reviewer NAME</c>: which review store a command uses and who it is
/// recorded for. Without <c>--db</c> the store is <c>.proofread/proofread.db</c> under the working folder.
/// </summary>
internal sealed class StoreOptions
{
    private readonly Option<string?> _db = new("--db")
    {
        Description = $"The review store (default: {SqliteDecisionStore.DefaultRelativePath} under the working folder)",
    };

    private readonly Option<string?> _reviewer = new("--reviewer")
    {
        Description = "Who the decisions are recorded for (default: the user name)",
    };

    public void AddTo(Command command, bool withReviewer = true)
    {
        command.Options.Add(_db);
        if (withReviewer)
        {
            command.Options.Add(_reviewer);
        }
    }

    public static string DefaultPath => SqliteDecisionStore.DefaultPath(Environment.CurrentDirectory);

    public string Reviewer(ParseResult parse) => RunInfo.ReviewerOrUser(parse.GetValue(_reviewer));

    /// <summary>
    /// The store a batch run records into: the one <c>--db</c> names (created when missing), or the
    /// default one when it already exists; none otherwise, so a plain <c>fix</c> leaves no trace.
    /// </summary>
    public SqliteDecisionStore? OpenForFix(ParseResult parse, TimeProvider clock)
    {
        string? path = parse.GetValue(_db);
        if (path is not null)
        {
            return SqliteDecisionStore.Open(path, reviewer: Reviewer(parse), clock: clock);
        }

        return File.Exists(DefaultPath) ? SqliteDecisionStore.Open(DefaultPath, mustExist: true, reviewer: Reviewer(parse), clock: clock) : null;
    }

    /// <summary>The store a review session saves into: the one <c>--db</c> names or the default one, created when missing.</summary>
    public SqliteDecisionStore OpenForReview(ParseResult parse, TimeProvider clock) =>
        SqliteDecisionStore.Open(parse.GetValue(_db) ?? DefaultPath, reviewer: Reviewer(parse), clock: clock);

    /// <summary>The store a report reads: it must exist.</summary>
    public SqliteDecisionStore OpenExisting(ParseResult parse) =>
        SqliteDecisionStore.Open(parse.GetValue(_db) ?? DefaultPath, mustExist: true);

    /// <summary>What a run is recorded with: the rules and packs of its engine and the options that shaped it.</summary>
    public RunInfo DescribeRun(ParseResult parse, string command, RuleEngine engine, RuleCatalog? catalog, params (string Name, string Value)[] options)
    {
        var packs = new List<string>();
        foreach (var pack in catalog?.Packs ?? [])
        {
            packs.Add(pack.Shipped ? pack.Name : $"{pack.Name} ({pack.Path})");
        }

        var ruleIds = new List<string>();
        foreach (var rule in engine.Rules)
        {
            ruleIds.Add(rule.Descriptor.Id);
        }

        var recorded = new Dictionary<string, string>(StringComparer.Ordinal) { ["rules"] = string.Join(',', ruleIds) };
        foreach (var (name, value) in options)
        {
            recorded[name] = value;
        }

        return new RunInfo(command, Reviewer(parse), packs, recorded);
    }
}
