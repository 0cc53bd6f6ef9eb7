namespace Proofread.Models.Build;

internal sealed class SmartCnBigrams
{
    public IReadOnlyList<(string Left, string Right, long Frequency)> Pairs { get; init; } = [];

    public static SmartCnBigrams Load() => throw new NotImplementedException();
}
