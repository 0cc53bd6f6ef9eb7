using System.Text.RegularExpressions;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Rules.Furniture;
using Proofread.Text;

namespace Proofread.Packs;

/// <summary>
/// <para><b>What it does:</b> removes the lines of page furniture a pack describes: a
/// <c>line-furniture</c> pattern must match a whole line (trimmed), a <c>block-furniture</c> pattern
/// runs over the page in multi-line mode and every line its match touches goes.</para>
/// <para><b>Why:</b> mastheads, editor lines, jump lines and ads belong to the page, not to a story,
/// and have to go before the text is archived.</para>
/// <para><b>Example:</b> with <c>^第\d{4,6}号$</c>, the line <c>第17980号</c> goes, with its line break
/// and the blank line after it.</para>
/// <para><b>Fix safety:</b> what the pack declares. The finding's message quotes every removed line,
/// so nothing goes without trace.</para>
/// </summary>
[NotBuiltIn]
public sealed class FurniturePackRule : IRule
{
    /// <summary>Longer lines are story text: a line-furniture pattern is not even tried on them.</summary>
    public const int MaxFurnitureLineLength = 160;

    private readonly PackRuleDefinition _definition;

    public FurniturePackRule(PackRuleDefinition definition)
    {
        if (definition.Kind is not (PackRuleKind.LineFurniture or PackRuleKind.BlockFurniture))
        {
            throw new ArgumentException("not a furniture rule", nameof(definition));
        }

        _definition = definition;
        Descriptor = definition.Descriptor();
    }

    public RuleDescriptor Descriptor { get; }

    public IReadOnlyList<RuleExample> Examples => _definition.Examples;

    public PackRuleDefinition Definition => _definition;

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        var document = context.Document;
        var findings = new List<Finding>();
        foreach (var (first, last) in FurnitureLines(context))
        {
            var removed = LineRemoval.Span(document, first, last);
            var content = new TextSpan(document.Lines[first].Span.Start, document.Lines[last].Span.End);
            findings.Add(Finding.WithEdit(
                Descriptor.Id,
                content,
                $"page furniture ({_definition.Description}): removes “{LineRemoval.Describe(document, first, last)}”",
                _definition.Confidence,
                _definition.Applicability,
                TextEdit.Delete(removed)));
        }

        return findings;
    }

    /// <summary>What the furniture says about the page, from the pattern's named groups (paper, date, issue, pages…).</summary>
    public IEnumerable<KeyValuePair<string, string>> Metadata(Document document)
    {
        var names = _definition.Pattern.GetGroupNames().Where(n => !int.TryParse(n, out _)).ToArray();
        if (names.Length == 0)
        {
            yield break;
        }

        foreach (var match in MatchesOf(document))
        {
            foreach (string name in names)
            {
                var group = match.Groups[name];
                if (group.Success && group.Value.Trim().Length > 0)
                {
                    yield return new(name, group.Value.Trim());
                }
            }
        }
    }

    /// <summary>Runs of matched lines (blank lines between them included) as first/last line indices.</summary>
    private List<(int First, int Last)> FurnitureLines(RuleContext context)
    {
        var document = context.Document;
        if (_definition.Kind == PackRuleKind.LineFurniture)
        {
            return LineRuns(context);
        }

        var matched = new bool[document.Lines.Count];
        foreach (Match m in _definition.Matches(document.Text))
        {
            if (m.Length == 0)
            {
                continue;
            }

            int first = document.LineAt(m.Index), last = document.LineAt(m.Index + m.Length - 1);
            for (int i = first; i <= last; i++)
            {
                matched[i] = !document.Lines[i].IsBlank;
            }
        }

        var runs = new List<(int, int)>();
        int start = -1, end = -1;
        for (int i = 0; i < matched.Length; i++)
        {
            if (matched[i])
            {
                start = start < 0 ? i : start;
                end = i;
            }
            else if (!document.Lines[i].IsBlank && start >= 0)
            {
                runs.Add((start, end));
                start = -1;
            }
        }

        if (start >= 0)
        {
            runs.Add((start, end));
        }

        return runs;
    }

    /// <summary>The runs of lines the pattern matches that touch the focus (see <see cref="FurnitureRuns"/>).</summary>
    private List<(int First, int Last)> LineRuns(RuleContext context)
    {
        var document = context.Document;
        var lines = document.Lines;
        var state = new sbyte[lines.Count]; // 0: not tried yet, 1: furniture, -1: not
        bool Matches(int i)
        {
            if (state[i] == 0)
            {
                var trimmed = lines[i].Trimmed;
                state[i] = (sbyte)(trimmed.Length <= MaxFurnitureLineLength && _definition.IsMatch(document[trimmed]) ? 1 : -1);
            }

            return state[i] > 0;
        }

        return FurnitureRuns.InFocus(context, Matches, static (_, _) => true);
    }

    private IEnumerable<Match> MatchesOf(Document document)
    {
        if (_definition.Kind == PackRuleKind.BlockFurniture)
        {
            foreach (Match m in _definition.Matches(document.Text))
            {
                yield return m;
            }

            yield break;
        }

        foreach (var line in document.Lines)
        {
            if (!line.IsBlank)
            {
                var m = _definition.Match(document.Slice(line.Trimmed));
                if (m.Success)
                {
                    yield return m;
                }
            }
        }
    }
}
