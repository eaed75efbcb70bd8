namespace Reporting.Ingest.Sources;

/// <summary>How hard a pull tries before it gives up with an error.</summary>
public sealed record RetryOptions
{
    /// <summary>Attempts per request, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>First backoff; doubles per attempt, with jitter, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest wait a server may ask for (Retry-After, GitHub's reset time). A longer one ends the pull
    /// with an error; the next scheduled run resumes from the watermark.
    /// </summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Time allowed for one request, body included.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);
}
