using System.Text.RegularExpressions;
using Proofread.Findings;
using Proofread.Rules;

namespace Proofread.Packs;

/// <summary>
/// One rule as a pack file describes it, validated: its pattern is compiled (once, with a match
/// timeout), and <see cref="Location"/> says where it stands ("rules/zh-newspaper.yaml:12") for
/// error messages and documentation.
/// </summary>
public sealed record PackRuleDefinition(
    string PackName,
    string Location,
    string Id,
    string Description,
    PackRuleKind Kind,
    string PatternText,
    Regex Pattern,
    string? Replacement,
    Applicability Applicability,
    double Confidence,
    IReadOnlyList<RuleExample> Examples)
{
    /// <summary>A pattern that runs longer than this on one page is stopped, and the run with it (a pack error).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public RuleDescriptor Descriptor() => new(
        Id,
        Description,
        Kind == PackRuleKind.Protect ? Applicability.None : Applicability,
        $"""
        What it does
          {Description}
          Kind: {Kind.Name()}; pattern: {PatternText}{(Replacement is null ? "" : $"; replacement: \"{Replacement}\"")}
        Why
          Declared in the rule pack '{PackName}' ({Location}).
        Example
        {string.Join(Environment.NewLine, Examples.Take(3).Select(e => "  " + e.ToString().Replace("\n", "⏎")))}
        Fix safety
          {(Kind == PackRuleKind.Protect ? "Makes no edit: it keeps other rules off the phrases it names." : $"{Applicability.Name()} (confidence {Confidence:0.00}), as the pack declares it; a config file may lower it.")}
        """,
        $"pack {PackName} ({Location})");

    /// <summary>Runs the pattern; a pattern that times out stops the run with an error naming the rule and its pack.</summary>
    public MatchCollection Matches(string text)
    {
        try
        {
            var matches = Pattern.Matches(text);
            _ = matches.Count;
            return matches;
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new ProofreadException($"the pattern of rule '{Id}' ran longer than {MatchTimeout.TotalSeconds:0.#} s on one page; simplify it", Location, e);
        }
    }

    public Match Match(string text)
    {
        try
        {
            return Pattern.Match(text);
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new ProofreadException($"the pattern of rule '{Id}' ran longer than {MatchTimeout.TotalSeconds:0.#} s on one line; simplify it", Location, e);
        }
    }

    /// <summary>Whether the pattern matches the line, without allocating it or its match.</summary>
    public bool IsMatch(ReadOnlySpan<char> line)
    {
        try
        {
            return Pattern.IsMatch(line);
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new ProofreadException($"the pattern of rule '{Id}' ran longer than {MatchTimeout.TotalSeconds:0.#} s on one line; simplify it", Location, e);
        }
    }
}
