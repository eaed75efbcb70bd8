using Microsoft.Extensions.Time.Testing;

namespace Reporting.Testing;

/// <summary>A fake clock set to a fixed, readable instant, so stored timestamps are predictable.</summary>
public static class TestClock
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create(DateTimeOffset? now = null) => new(now ?? DefaultNow);
}
