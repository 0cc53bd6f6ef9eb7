namespace Proofread.Rules.Furniture;

/// <summary>
/// The runs of furniture lines a rule reports: consecutive lines of one kind, blank lines between
/// them included, each run whole. Only runs that touch the context's focus are found, and a line
/// is asked about only when a run reaches it, so a fixer's later pass tests lines near its
/// changes alone.
/// </summary>
public static class FurnitureRuns
{
    /// <param name="isFurniture">Whether a (non-blank) line is furniture; it may be asked more than once about a line, so a costly test should remember its answers.</param>
    /// <param name="sameRun">Whether furniture line <c>j</c> belongs to the run of furniture line <c>i</c>.</param>
    /// <returns>First and last line of each run, in order.</returns>
    public static List<(int First, int Last)> InFocus(RuleContext context, Func<int, bool> isFurniture, Func<int, int, bool> sameRun)
    {
        var lines = context.Document.Lines;
        var runs = new List<(int, int)>();
        int covered = -1;
        foreach (int i in context.LinesInFocus())
        {
            if (i <= covered || lines[i].IsBlank || !isFurniture(i))
            {
                continue;
            }

            int first = i, last = i;
            for (int j = i - 1; j >= 0 && (lines[j].IsBlank || (isFurniture(j) && sameRun(i, j))); j--)
            {
                first = lines[j].IsBlank ? first : j;
            }

            for (int j = i + 1; j < lines.Count && (lines[j].IsBlank || (isFurniture(j) && sameRun(i, j))); j++)
            {
                last = lines[j].IsBlank ? last : j;
            }

            runs.Add((first, last));
            covered = last;
        }

        return runs;
    }
}
