namespace Reporting.Reports.Documents;

/// <summary>
/// PDF document information. <paramref name="Created"/> is passed in (never read from the clock)
/// so that the same input produces the same document.
/// </summary>
public sealed record DocumentMetadata(
    string Title,
    DateTimeOffset Created,
    string? Author = null,
    string? Subject = null,
    string? Creator = null);
