namespace Reporting.Analytics.Owners;

/// <summary>
/// Bounds and switches for <see cref="TicketTextNormalizer"/>. The caps keep prediction latency
/// bounded for tickets that paste megabytes of logs; the first part of a ticket says the most.
/// </summary>
public sealed record TextNormalizationOptions
{
    public bool RemoveStopWords { get; init; } = true;
    public int MaxBodyChars { get; init; } = 20_000;
    public int MaxBodyTokens { get; init; } = 600;
    public int MaxSubjectTokens { get; init; } = 64;

    public static TextNormalizationOptions Default { get; } = new();
}
