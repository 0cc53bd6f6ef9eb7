using Proofread.Findings;
using Proofread.Lexicon;
using Proofread.Text;

namespace Proofread.Rules.Duplicates;

/// <summary>
/// <para><b>What it does:</b> finds a word or character printed twice in a row by the scan or the
/// typesetting ("集体经济经济发展", "两会有有关事宜") and proposes to remove the copy.</para>
/// <para><b>Why:</b> OCR of overlapping columns and re-set lines duplicates words.</para>
/// <para><b>Example:</b> <c>探索村级集体经济经济发展路径</c> becomes <c>探索村级集体经济发展路径</c>.</para>
/// <para><b>Fix safety:</b> safe only where the lexicon speaks clearly: a repeated dictionary word
/// that is not a verb (verbs reduplicate: 研究研究) and whose doubling is no word, or a repeated
/// single character that stands alone before a word it starts and is no noun or measure word
/// (委员会会议, 我市市县, 中平村村规民约 stay). Reduplications in the lexicon (紧紧, 纷纷) stay.</para>
/// </summary>
public sealed class DuplicatedWordRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "duplicated-word",
        "A word or character printed twice in a row is removed",
        Applicability.Safe,
        """
        What it does
          Finds a word or character repeated by the scan (集体经济经济, 有有关) and removes the copy.
        Why
          Overlapping columns and re-set lines make OCR print words twice.
        Example
          探索村级集体经济经济发展路径  ->  探索村级集体经济发展路径
        Fix safety
          Safe only with clear lexicon evidence: a repeated non-verb dictionary word whose doubling
          is not a word, or a lone repeated function character before a word it starts. Legitimate
          reduplication (紧紧, 纷纷, 方方面面), words meeting across a boundary (委员会会议, 我市市县,
          中平村村规民约) and names stay.
        """);

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        RuleExample.Fix("要积极探索村级集体经济经济发展路径。", "要积极探索村级集体经济发展路径。"),
        RuleExample.Fix("研究市人大政协两会有有关事宜", "研究市人大政协两会有关事宜"),
        RuleExample.Keep("江涌紧紧围绕党的十九届六中全会"),
        RuleExample.Keep("纷纷打开了“话匣子”"),
        RuleExample.Keep("用朴实接地气的语言娓娓道来"),
        RuleExample.Keep("市委书记秦国文主持召开市委常委会会议"),
        RuleExample.Keep("是双方合作的具体体现"),
        RuleExample.Keep("我市市县两级均制定出台了《实施方案》"),
        RuleExample.Keep("拿出一本“中平村村规民约”向记者展示"),
        RuleExample.Keep("本报讯（记者 向吟吟）9月27日上午"),
        RuleExample.Keep("实行片区开发“三三制”工作机制"),
        RuleExample.Keep("习近平向2021·南南人权论坛致贺信"),
        RuleExample.Keep("广泛征求了方方面面的意见"),
        RuleExample.Keep("该女孩家长非常激动，连连对民警鞠躬"),
        RuleExample.Keep("我们要研究研究这个问题"),
        RuleExample.Keep("牢牢把握推进“三强一化”建设这个使命任务"),
    ];

    public IEnumerable<Finding> Analyze(RuleContext context)
    {
        string text = context.Document.Text;
        var findings = new List<Finding>();
        int i = 0;
        while (i < text.Length - 1)
        {
            int found = 0;
            for (int n = 4; n >= 1; n--)
            {
                if (i + 2 * n <= text.Length && IsHanRun(text, i, n)
                    && string.CompareOrdinal(text, i, text, i + n, n) == 0
                    && Judge(text, i, n) is { } finding)
                {
                    findings.Add(finding);
                    found = 2 * n;
                    break;
                }
            }

            i += found > 0 ? found : 1;
        }

        return findings;
    }

    private Finding? Judge(string text, int start, int n)
    {
        var lexicon = ChineseLexicon.Shared;
        string unit = text.Substring(start, n);
        string doubled = unit + unit;
        if (lexicon.Contains(doubled) || (start > 0 && text[start - 1] == text[start]) || (start + 2 * n < text.Length && text[start + 2 * n] == text[start]))
        {
            return null;
        }

        // Look at the segmentation of the text around the repetition.
        int from = Math.Max(0, start - 4), to = Math.Min(text.Length, start + 2 * n + 4);
        var segments = lexicon.Segment(text.AsSpan(from, to - from));
        int copyStart = start + n;
        bool firstAlone = false, copyStartsWord = false, copyIsWord = false, boundaryAtCopy = false;
        int pos = from;
        foreach (string w in segments)
        {
            if (pos == start && w.Length == n)
            {
                firstAlone = true;
            }

            if (pos == copyStart && w.Length > n)
            {
                copyStartsWord = true;
            }

            if (pos == copyStart && w.Length == n)
            {
                copyIsWord = true;
            }

            pos += w.Length;
            boundaryAtCopy |= pos == copyStart;
        }

        string? pos1 = lexicon.PartOfSpeech(unit);
        string message;
        if (n >= 2)
        {
            if (!lexicon.Contains(unit) || pos1 is null || !pos1.StartsWith('n') || !boundaryAtCopy || !copyIsWord)
            {
                return null;
            }

            message = $"'{unit}' is printed twice; '{doubled}' is no word and '{unit}' ({pos1}) is a noun, which does not reduplicate";
        }
        else
        {
            if (!firstAlone || !copyStartsWord || pos1 is null || pos1 is not ("v" or "p" or "c" or "u" or "d"))
            {
                return null;
            }

            message = $"'{unit}' is printed twice before a word it starts; '{doubled}' is no word";
        }

        var span = new TextSpan(start, start + 2 * n);
        return Finding.WithEdit(Descriptor.Id, span, message, 0.93, Applicability.Safe, new TextEdit(new TextSpan(start, start + n), string.Empty));
    }

    private static bool IsHanRun(string text, int start, int n)
    {
        for (int k = start; k < start + n; k++)
        {
            if (!CharClass.IsHan(text[k]) || char.IsSurrogate(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
