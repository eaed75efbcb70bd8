namespace Reporting.Analytics.Owners;

/// <summary>
/// A ticket as known when it is filed: everything the owner suggestion may look at.
/// Product, channel, priority, type and tags are optional so that any ticket source fits.
/// </summary>
public sealed record OwnerTicket(
    string Id,
    DateTime CreatedAt,
    string Subject,
    string Body,
    string? Product,
    string? Channel,
    string? Priority,
    string? Type,
    IReadOnlyList<string> Tags);
