using Reporting.Analytics.Owners;

namespace Reporting.Host.Application.Owners;

/// <summary>A ticket to route, as posted to /api/owners/suggest or given to <c>owners suggest</c>.</summary>
public sealed record SuggestOwnerRequest(
    string? Subject, string? Body, string? Product, string? Channel, string? Priority, string? Type, IReadOnlyList<string>? Tags, string? Id)
{
    public const int MaxSubjectLength = 1_000;
    public const int MaxBodyLength = 100_000;
    public const int MaxTags = 50;

    /// <summary>Every problem at once, by field, as problem details list them.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Subject))
        {
            errors["subject"] = ["is required"];
        }
        else if (Subject.Length > MaxSubjectLength)
        {
            errors["subject"] = [$"must be at most {MaxSubjectLength} characters"];
        }

        if (Body is { Length: > MaxBodyLength })
        {
            errors["body"] = [$"must be at most {MaxBodyLength} characters"];
        }

        if (Tags is { Count: > MaxTags })
        {
            errors["tags"] = [$"at most {MaxTags} tags"];
        }

        return errors;
    }

    public OwnerTicket ToTicket(DateTime now) =>
        new(Id ?? "new", now, Subject!, Body ?? "", Product, Channel, Priority, Type, Tags ?? []);
}
