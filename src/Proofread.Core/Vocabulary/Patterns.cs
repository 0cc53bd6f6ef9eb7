using System.Text.RegularExpressions;

namespace Proofread.Vocabulary;

/// <summary>Small helpers that turn the vocabulary's word lists into patterns and tests.</summary>
internal static class Patterns
{
    /// <summary>A non-capturing alternation of the words, each escaped: (?:本报记者|记者).</summary>
    public static string Alternation(IEnumerable<string> words) => "(?:" + string.Join("|", words.Select(Regex.Escape)) + ")";

    public static bool EndsWithAny(string text, string[] words) => words.Any(w => text.EndsWith(w, StringComparison.Ordinal));

    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
