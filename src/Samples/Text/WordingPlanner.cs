namespace Reporting.Samples;

/// <summary>
/// Decides, per ticket, whether the customer writes in generic words several services share and whether the text
/// also mentions a neighbouring service. Real tickets name their owner far less often than the sample's catalog
/// wording would; these shares bring the sample's routing difficulty to that of real ticket data.
/// Draws only from the routing stream it is given, so every other draw of the sample stays as it was.
/// </summary>
internal static class WordingPlanner
{
    /// <summary>Share of tickets told in generic words only, by type (outages and bugs are described by what people see).</summary>
    private static double GenericShare(TicketType type) => type switch
    {
        TicketType.Incident => 0.75,
        TicketType.Bug => 0.65,
        TicketType.Question => 0.55,
        TicketType.Task => 0.5,
        _ => 0.5,
    };

    /// <summary>Share of tickets that also mention a neighbouring service's words.</summary>
    private const double AsideShare = 0.25;

    private static readonly IReadOnlyList<string> AsideTemplates =
    [
        "Not sure if it is related, but we also changed the {noun} last week.",
        "It started right after we tried to {task}.",
        "At first we thought it was the {noun}, but that looks fine.",
        "We also noticed that {symptom}, maybe that is connected.",
        "Could this have to do with the {noun}?",
        "Our {noun} in {area} still works, so it is something else.",
        "A colleague says it is the {noun} again.",
        "Last month {symptom}, and that was fixed by your {area} people.",
    ];

    public static WordingPlan Plan(Random routing, TicketDraft draft)
    {
        var service = draft.Service;
        var groups = CustomerWordGroups.For(service.Id);
        CustomerWordGroup? group = null;
        TextSlots? generic = null;
        if (groups.Count > 0 && routing.Chance(GenericShare(draft.Type)))
        {
            group = routing.Pick(groups);
            generic = new TextSlots
            {
                Symptom = routing.Pick(group.Symptoms),
                Noun = routing.Pick(group.Nouns),
                Area = routing.Pick(group.Areas),
                Task = routing.Pick(group.Tasks),
                Action = routing.Pick(group.Actions),
            };
        }

        string? aside = null;
        if (routing.Chance(AsideShare))
        {
            var neighbours = Neighbours(service, groups);
            var otherId = routing.Pick(neighbours);
            var other = ServiceCatalog.Services.First(s => s.Id == otherId);
            var words = new TextSlots
            {
                Symptom = routing.Pick(other.Symptoms),
                Noun = routing.Pick(other.Nouns),
                Area = other.Area,
                Task = routing.Pick(other.Tasks),
            };
            aside = TemplateFiller.Fill(routing.Pick(AsideTemplates), words);
        }

        return group is null && aside is null ? WordingPlan.Specific : new WordingPlan(group, generic, aside);
    }

    /// <summary>Services customers confuse this one with, and those sharing its generic words.</summary>
    private static List<string> Neighbours(ServiceProfile service, IReadOnlyList<CustomerWordGroup> groups) =>
        service.ConfusedWith
            .Concat(groups.SelectMany(g => g.Services))
            .Where(id => id != service.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
