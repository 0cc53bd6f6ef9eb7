namespace Proofread.Tests;

/// <summary>A clock that always says the same time, so recorded times can be asserted.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Then = new(2026, 11, 24, 22, 32, 39, TimeSpan.Zero);

    public FixedClock()
        : this(Then)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
