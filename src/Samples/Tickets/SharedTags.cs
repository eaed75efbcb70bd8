namespace Reporting.Samples;

/// <summary>
/// Tags as agents really set them: mostly feature areas that span services, the customer's plan and "urgent",
/// now and then a neighbouring service's tag, and only sometimes the service's own.
/// </summary>
internal static class SharedTags
{
    private const int MaxTags = 4;
    private const double FeatureAreaShare = 0.85;
    private const double NeighbourShare = 0.1;
    private const double PlanShare = 0.45;
    private const double UrgentShare = 0.5;
    private static readonly IReadOnlyList<string> Plans = ["starter", "business", "professional"];

    /// <summary>
    /// Rewrites the service-naming tags of <paramref name="tags"/> and adds shared ones. The feature area is the one
    /// the customer's words point to when they were generic (agents tag what they read); plans stay with their
    /// customer (drawn at the customer's first ticket and remembered in <paramref name="plans"/>).
    /// </summary>
    public static List<string> Rewrite(
        Random routing, TicketDraft draft, WordingPlan wording, IReadOnlyList<string> tags, Dictionary<string, string> plans)
    {
        var service = draft.Service;
        var groups = CustomerWordGroups.For(service.Id);
        var result = new List<string>(MaxTags);
        void Add(string tag)
        {
            if (result.Count < MaxTags && !result.Contains(tag, StringComparer.Ordinal))
            {
                result.Add(tag);
            }
        }

        foreach (var tag in tags)
        {
            if (!service.Tags.Contains(tag, StringComparer.Ordinal))
            {
                Add(tag);
            }
            else if (groups.Count > 0 && routing.Chance(FeatureAreaShare))
            {
                Add((wording.Group ?? routing.Pick(groups)).Name);
            }
            else if (service.ConfusedWith.Count > 0 && routing.Chance(NeighbourShare))
            {
                var neighbourId = routing.Pick(service.ConfusedWith);
                var neighbour = ServiceCatalog.Services.First(s => s.Id == neighbourId);
                Add(routing.Pick(neighbour.Tags));
            }
            else
            {
                Add(tag);
            }
        }

        if (!plans.TryGetValue(draft.Customer.Name, out var plan))
        {
            plan = draft.Customer.IsKeyAccount ? "enterprise" : routing.Pick(Plans);
            plans.Add(draft.Customer.Name, plan);
        }

        if (routing.Chance(PlanShare))
        {
            Add(plan);
        }

        if (draft.Priority is TicketPriority.Urgent or TicketPriority.High && routing.Chance(UrgentShare))
        {
            Add("urgent");
        }

        return result;
    }
}
