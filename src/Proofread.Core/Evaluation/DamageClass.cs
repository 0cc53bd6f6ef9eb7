namespace Proofread.Evaluation;

/// <summary>
/// What kind of damage an edit between a text and its gold twin mends or leaves, as
/// <see cref="DamageClassifier"/> tells them apart. Every edit of an alignment has exactly one.
/// </summary>
public enum DamageClass
{
    /// <summary>Whole lines present in one text and not in the other (mastheads, ads, jump lines; or a lost headline).</summary>
    Furniture,

    /// <summary>A line break too many or too few.</summary>
    Breaks,

    /// <summary>A repeated run too many or too few (集体经济经济, 有有关).</summary>
    Duplication,

    /// <summary>One character for another, or one dropped or added that is none of the above (贺→货, ！→1).</summary>
    Characters,

    /// <summary>Whitespace inside a line (近1 0年, 路线 ，把).</summary>
    Spacing,

    /// <summary>Marks and their width (, for ，, " for “, a mark dropped or doubled).</summary>
    Punctuation,
}

public static class DamageClasses
{
    public static IReadOnlyList<DamageClass> All { get; } = Enum.GetValues<DamageClass>();

    /// <summary>The class's name in the command's output (text and JSON).</summary>
    public static string Name(this DamageClass damage) => damage switch
    {
        DamageClass.Furniture => "furniture",
        DamageClass.Breaks => "breaks",
        DamageClass.Duplication => "duplication",
        DamageClass.Characters => "characters",
        DamageClass.Spacing => "spacing",
        _ => "punctuation",
    };
}

/// <summary>A distance to gold split by damage class; the parts add up to <see cref="Total"/>.</summary>
public sealed class ClassedDistance
{
    private readonly int[] _counts;

    public ClassedDistance(int[] counts)
    {
        if (counts.Length != DamageClasses.All.Count)
        {
            throw new ArgumentException("one count per damage class", nameof(counts));
        }

        _counts = [.. counts];
    }

    public int this[DamageClass damage] => _counts[(int)damage];

    public int Total => _counts.Sum();
}

/// <summary>One damage class of a file or a corpus: its share of the distance to gold before and after the fix.</summary>
public sealed record ClassFigure(DamageClass Class, long DistanceBefore, long DistanceAfter)
{
    /// <summary>The share of this class's distance the fix removed; null when the input had none.</summary>
    public double? Improvement => Evaluator.Improvement(DistanceBefore, DistanceAfter);

    /// <summary>
    /// The table of one file: <paramref name="input"/> and <paramref name="output"/> each aligned
    /// with <paramref name="gold"/> (all three normalised by <see cref="GoldText.Normalize"/>).
    /// </summary>
    public static IReadOnlyList<ClassFigure> Compare(string input, string output, string gold)
    {
        var before = DamageClassifier.Distances(Alignment.Of(input, gold));
        var after = ReferenceEquals(input, output) || input == output ? before : DamageClassifier.Distances(Alignment.Of(output, gold));
        return [.. DamageClasses.All.Select(c => new ClassFigure(c, before[c], after[c]))];
    }

    /// <summary>The tables of many files added class by class.</summary>
    public static IReadOnlyList<ClassFigure> Sum(IEnumerable<IReadOnlyList<ClassFigure>> tables)
    {
        var before = new long[DamageClasses.All.Count];
        var after = new long[DamageClasses.All.Count];
        foreach (var figure in tables.SelectMany(t => t))
        {
            before[(int)figure.Class] += figure.DistanceBefore;
            after[(int)figure.Class] += figure.DistanceAfter;
        }

        return [.. DamageClasses.All.Select(c => new ClassFigure(c, before[(int)c], after[(int)c]))];
    }
}
