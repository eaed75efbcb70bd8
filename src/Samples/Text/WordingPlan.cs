namespace Reporting.Samples;

/// <summary>
/// How a ticket's wording hides or blurs its owner, decided before the text is written: generic words shared by
/// several services replace the service's own (null keeps them), and Aside, when set, is a sentence about a
/// neighbouring service that the ticket mentions although it does not own it.
/// </summary>
internal sealed record WordingPlan(CustomerWordGroup? Group, TextSlots? Generic, string? Aside)
{
    public static WordingPlan Specific { get; } = new(null, null, null);

    /// <summary>
    /// The slots with the generic words in place of the service's own, plus the aside. A recurring problem keeps its
    /// symptom and the action that triggers it: people hitting the same bug describe what they see alike.
    /// </summary>
    public TextSlots Apply(TextSlots slots)
    {
        var applied = slots with { Aside = Aside ?? string.Empty };
        if (Generic is not { } g)
        {
            return applied;
        }

        var recurring = slots.Code.Length > 0;
        return applied with
        {
            Symptom = recurring ? slots.Symptom : g.Symptom,
            Action = recurring ? slots.Action : g.Action,
            Noun = g.Noun,
            Area = g.Area,
            Task = g.Task,
        };
    }
}
