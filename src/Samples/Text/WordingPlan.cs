namespace Reporting.Samples;

/// <summary>
/// How a ticket's wording hides or blurs its owner, decided before the text is written: generic words shared by
/// several services replace the service's own (null keeps them), and Aside, when set, is a sentence about a
/// neighbouring service that the ticket mentions although it does not own it.
/// </summary>
internal sealed record WordingPlan(CustomerWordGroup? Group, TextSlots? Generic, string? Aside)
{
    public static WordingPlan Specific { get; } = new(null, null, null);

    /// <summary>The slots with the generic words in place of the service's own, plus the aside.</summary>
    public TextSlots Apply(TextSlots slots) => (Generic is { } g
        ? slots with { Symptom = g.Symptom, Noun = g.Noun, Area = g.Area, Task = g.Task, Action = g.Action }
        : slots) with { Aside = Aside ?? string.Empty };
}
