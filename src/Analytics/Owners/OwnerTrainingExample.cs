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

    /// <summary>The same ticket without its owner, as the classifier sees it at prediction time.</summary>
    public OwnerTicket ToTicket() => new(Id, CreatedAt, Subject, Body, Product, Channel, Priority, Type, Tags);
}
