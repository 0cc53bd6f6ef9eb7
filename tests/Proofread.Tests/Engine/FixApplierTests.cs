using CsCheck;
using Proofread.Engine;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Tests.Engine;

public class FixApplierTests
{
    private static Finding Edit(int start, int end, string text, string rule = "test-rule") =>
        Finding.WithEdit(rule, new TextSpan(start, end), "test", 1, Applicability.Safe, new TextEdit(new TextSpan(start, end), text));

    private static readonly Gen<string> Texts = Gen.String[Gen.Char["ab\n中文，。\r"], 0, 40];

    /// <summary>Random edits over a text: spans inside it, short replacement texts.</summary>
    private static Gen<(string Text, Finding[] Findings)> TextWithEdits =>
        from text in Texts
        from n in Gen.Int[0, 8]
        from spans in Gen.Select(Gen.Int[0, text.Length], Gen.Int[0, text.Length], Gen.String[Gen.Char["xy字"], 0, 3]).Array[n]
        select (text, spans.Select((s, i) => Edit(Math.Min(s.Item1, s.Item2), Math.Max(s.Item1, s.Item2), s.Item3, $"rule-{i % 3}")).ToArray());

    [Fact]
    public void No_edits_give_the_input_back_byte_for_byte()
    {
        Texts.Sample(text => Assert.Same(text, FixApplier.Apply(text, []).Text));
    }

    [Fact]
    public void Applied_edits_never_touch_text_outside_their_spans()
    {
        TextWithEdits.Sample(t =>
        {
            var result = FixApplier.Apply(t.Text, t.Findings);
            var edits = result.Applied.SelectMany(f => f.Edits).OrderBy(e => e.Span).ToList();

            // Walk the input and the output together: every character outside an edit is copied unchanged.
            int inPos = 0, outPos = 0;
            foreach (var e in edits)
            {
                int keep = e.Span.Start - inPos;
                Assert.Equal(t.Text.Substring(inPos, keep), result.Text.Substring(outPos, keep));
                outPos += keep;
                Assert.Equal(e.NewText, result.Text.Substring(outPos, e.NewText.Length));
                outPos += e.NewText.Length;
                inPos = e.Span.End;
            }

            Assert.Equal(t.Text[inPos..], result.Text[outPos..]);
        });
    }

    [Fact]
    public void Applied_edits_are_pairwise_free_of_conflict_and_every_finding_is_applied_or_deferred()
    {
        TextWithEdits.Sample(t =>
        {
            var result = FixApplier.Apply(t.Text, t.Findings);
            var spans = result.Applied.SelectMany(f => f.Edits).Select(e => e.Span).ToList();
            for (int i = 0; i < spans.Count; i++)
            {
                for (int j = i + 1; j < spans.Count; j++)
                {
                    Assert.False(spans[i].ConflictsWith(spans[j]), $"{spans[i]} conflicts with {spans[j]}");
                }
            }

            Assert.Equal(t.Findings.Length, result.Applied.Count + result.Deferred.Count);
        });
    }

    [Fact]
    public void Changed_spans_hold_exactly_the_new_text_of_each_applied_edit()
    {
        TextWithEdits.Sample(t =>
        {
            var result = FixApplier.Apply(t.Text, t.Findings);
            var edits = result.Applied.SelectMany(f => f.Edits).OrderBy(e => e.Span).ToList();
            Assert.Equal(edits.Count, result.Changed.Count);
            for (int i = 0; i < edits.Count; i++)
            {
                Assert.Equal(edits[i].NewText, result.Text.Substring(result.Changed[i].Start, result.Changed[i].Length));
            }

            // Outside the changed spans the output is the input outside the edited spans.
            string Outside(string text, IEnumerable<TextSpan> spans)
            {
                var sb = new System.Text.StringBuilder();
                int pos = 0;
                foreach (var s in spans)
                {
                    sb.Append(text, pos, s.Start - pos).Append('|');
                    pos = s.End;
                }

                return sb.Append(text, pos, text.Length - pos).ToString();
            }

            Assert.Equal(Outside(t.Text, edits.Select(e => e.Span)), Outside(result.Text, result.Changed));
        });
    }

    [Fact]
    public void Result_does_not_depend_on_the_order_findings_arrive_in()
    {
        TextWithEdits.Sample(t =>
        {
            string forward = FixApplier.Apply(t.Text, t.Findings).Text;
            string backward = FixApplier.Apply(t.Text, t.Findings.Reverse()).Text;
            Assert.Equal(forward, backward);
        });
    }

    [Fact]
    public void Overlapping_edits_the_earlier_span_wins_and_the_later_waits()
    {
        var first = Edit(0, 3, "X", "b-rule");
        var second = Edit(2, 5, "Y", "a-rule");
        var result = FixApplier.Apply("abcdefg", [second, first]);
        Assert.Equal("Xdefg", result.Text);
        Assert.Equal([first], result.Applied);
        Assert.Equal([second], result.Deferred);
    }

    [Fact]
    public void Same_span_conflict_is_resolved_by_rule_id()
    {
        var result = FixApplier.Apply("abc", [Edit(1, 2, "Z", "z-rule"), Edit(1, 2, "A", "a-rule")]);
        Assert.Equal("aAc", result.Text);
    }

    [Fact]
    public void Adjacent_edits_both_apply()
    {
        var result = FixApplier.Apply("市第十\n\n二次", [Edit(3, 5, ""), Edit(5, 6, "贰")]);
        Assert.Equal("市第十贰次", result.Text);
    }

    [Fact]
    public void A_finding_with_several_edits_applies_all_or_none()
    {
        var pair = new Finding("parens", new TextSpan(1, 4), "pair", 1, Applicability.Safe,
            [new TextEdit(new TextSpan(1, 2), "（"), new TextEdit(new TextSpan(3, 4), "）")]);
        // Same extent as the pair but a rule id that sorts first: it is taken first and blocks the closing edit.
        var blocker = new Finding("a-rule", new TextSpan(1, 4), "blocker", 1, Applicability.Safe, [new TextEdit(new TextSpan(3, 4), "]")]);
        var result = FixApplier.Apply("县(市)区", [pair, blocker]);
        Assert.Equal("县(市]区", result.Text);
        Assert.Equal([pair], result.Deferred);
    }

    [Fact]
    public void Two_insertions_at_one_point_conflict()
    {
        var result = FixApplier.Apply("ab", [Edit(1, 1, "x", "a"), Edit(1, 1, "y", "b")]);
        Assert.Equal("axb", result.Text);
        Assert.Single(result.Deferred);
    }
}
