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

    /// <summary>Priority, type and tags as filed, when the ticket's source records field history; null when unknown.</summary>
    public FiledFields? Filed { get; init; }

    /// <summary>The same ticket without its owner, as the classifier sees it at prediction time.</summary>
    public OwnerTicket ToTicket() => new(Id, CreatedAt, Subject, Body, Product, Channel, Priority, Type, Tags);

    /// <summary>
    /// With <paramref name="asFiled"/>, the ticket as filed: its fields rolled back, or left out when nobody knows what
    /// they were at filing (the source keeps no history); else as exported.
    /// </summary>
    public OwnerTicket ToTicket(bool asFiled) =>
        !asFiled ? ToTicket()
        : Filed is { } f ? new(Id, CreatedAt, Subject, Body, Product, Channel, f.Priority, f.Type, f.Tags)
        : new(Id, CreatedAt, Subject, Body, Product, Channel, null, null, []);
}
