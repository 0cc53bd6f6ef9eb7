using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Cli.Output;

/// <summary>A one-line before → after view of a finding, with a little context, line breaks shown as ⏎.</summary>
internal static class FindingPreview
{
    private const int Context = 8;

    public static string Describe(Document document, Finding finding)
    {
        var extent = finding.Extent;
        string text = document.Text;
        var (before, after) = SurroundingText.Of(text, extent, Context);
        string matched = text[extent.Start..extent.End];
        if (matched.Length > 4 * Context)
        {
            // A long span shows its two ends, so one finding stays one line.
            matched = matched[..(2 * Context)] + "…" + matched[^(2 * Context)..];
        }

        string old = Show(before + matched + after);
        string? replacement = finding.Replacement(text);
        return replacement is null ? old : $"{old} → {Show(before + replacement + after)}";
    }

    private static string Show(string s) => s.Replace("\r\n", "⏎").Replace('\n', '⏎').Replace('\r', '⏎').Replace('\t', '→');
}
