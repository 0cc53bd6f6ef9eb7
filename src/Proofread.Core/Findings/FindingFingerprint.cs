using System.Security.Cryptography;
using System.Text;
using Proofread.Text;

namespace Proofread.Findings;

/// <summary>
/// A key for a finding that survives re-runs and re-OCR, unlike offsets: rule id, matched text,
/// replacement and the surrounding text (white space folded). Decisions and exceptions are stored by it.
/// </summary>
public static class FindingFingerprint
{
    public const int ContextLength = 16;

    public static string Compute(Document document, Finding finding)
    {
        var extent = finding.Extent;
        string text = document.Text;
        string before = Fold(text.AsSpan(Math.Max(0, extent.Start - ContextLength), Math.Min(ContextLength, extent.Start)));
        string after = Fold(text.AsSpan(extent.End, Math.Min(ContextLength, text.Length - extent.End)));
        string payload = string.Join('\u0001', finding.RuleId, Fold(document[extent]), finding.Replacement(text) ?? "\u0002", before, after);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(payload)))[..32];
    }

    private static string Fold(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
