namespace Reporting.Analytics.Owners;

/// <summary>A past ticket together with the owner (service or team) that handled it.</summary>
public sealed record OwnerTrainingExample(
    string Id,
    DateTime CreatedAt,
    string Subject,
    string Body,
    string? Product,
    string? Channel,
    string? Priority,
    string? Type,
    IReadOnlyList<string> Tags,
    string Owner)
{
    /// <summary>Whether <see cref="Owner"/> is a triager's decision rather than the source's field.</summary>
    public bool Decided { get; init; }

    /// <summary>Priority, type and tags as filed, when the ticket's history records later changes to them; else null.</summary>
    public FiledFields? Filed { get; init; }

    /// <summary>The same ticket without its owner, as the classifier sees it at prediction time.</summary>
    public OwnerTicket ToTicket() => new(Id, CreatedAt, Subject, Body, Product, Channel, Priority, Type, Tags);

    /// <summary>The ticket as filed: its fields rolled back when <paramref name="asFiled"/> and the history recorded changes.</summary>
    public OwnerTicket ToTicket(bool asFiled) =>
        asFiled && Filed is { } f ? new(Id, CreatedAt, Subject, Body, Product, Channel, f.Priority, f.Type, f.Tags) : ToTicket();
}
