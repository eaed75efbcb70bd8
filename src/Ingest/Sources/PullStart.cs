namespace Reporting.Ingest.Sources;

/// <summary>
/// Where a pull begins: <paramref name="Since"/> when the user asked for a date (it wins), else the stored
/// <paramref name="Watermark"/>, else the source's configured start.
/// </summary>
public sealed record PullStart(string? Watermark, DateTimeOffset? Since);
