namespace Reporting.Analytics.Duplicates;

/// <summary>
/// A ticket as the duplicate finder sees it: neutral of the tracker it came from.
/// Product is the coarse owner (e.g. a Jira project), Service the finer one (e.g. first component).
/// </summary>
public sealed record DuplicateCandidate(
    string Id,
    DateTime CreatedAt,
    string Subject,
    string Body,
    string? Product,
    string? Service,
    IReadOnlyList<string> Versions,
    string? Customer);
