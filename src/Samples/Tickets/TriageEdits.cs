namespace Reporting.Samples;

/// <summary>
/// What triagers change after a ticket is filed, written as events so that the ticket can be rolled back to how it
/// arrived: diagnosis tags (known-issue, regression) always come later, feature-area and type tags usually do,
/// "urgent" often; plan and vip tags are set by the help desk's triggers at filing. Some priorities are raised (or
/// lowered) from the form's default, and some types corrected from "question". The row keeps the fields as the
/// export shows them: after triage.
/// </summary>
internal static class TriageEdits
{
    private static readonly HashSet<string> SetAtFiling = ["starter", "business", "professional", "enterprise", "vip"];
    private static readonly HashSet<string> SetByDiagnosis = ["known-issue", "regression"];
    private const double AgentTagShare = 0.65;
    private const double UrgentLaterShare = 0.6;
    private const double PriorityRaisedShare = 0.4;
    private const double PriorityLoweredShare = 0.2;
    private const double TypeCorrectedShare = 0.15;

    /// <summary>The ticket's events with the triage edits merged in time order; unchanged when nobody triaged it.</summary>
    public static IReadOnlyList<TicketEvent> Add(Random triage, TicketRow row, IReadOnlyList<TicketEvent> events, DateTime end)
    {
        // The triager is whoever first assigned or answered the ticket; an untouched ticket keeps its filing fields.
        var first = events.FirstOrDefault(e => e.Actor != TicketEvent.CustomerActor && e.Kind is TicketEvent.Assigned or TicketEvent.Comment);
        if (first is null)
        {
            return events;
        }

        var actor = first.Actor == TicketEvent.SystemActor && first.Kind == TicketEvent.Assigned && first.Detail is { } assignee ? assignee : first.Actor;
        var edits = new List<(string Kind, string Detail)>();
        foreach (var tag in row.Tags)
        {
            var later = SetByDiagnosis.Contains(tag)
                || (tag == "urgent" ? triage.Chance(UrgentLaterShare) : !SetAtFiling.Contains(tag) && triage.Chance(AgentTagShare));
            if (later)
            {
                edits.Add((TicketEvent.TagAdded, tag));
            }
        }

        if (row.Priority is TicketPriority.High or TicketPriority.Urgent && triage.Chance(PriorityRaisedShare)
            || row.Priority == TicketPriority.Low && triage.Chance(PriorityLoweredShare))
        {
            edits.Add((TicketEvent.PriorityChanged, $"{CsvTokens.Of(TicketPriority.Normal)}>{CsvTokens.Of(row.Priority)}"));
        }

        if (row.Type is TicketType.Bug or TicketType.Incident && triage.Chance(TypeCorrectedShare))
        {
            edits.Add((TicketEvent.TypeChanged, $"{CsvTokens.Of(TicketType.Question)}>{CsvTokens.Of(row.Type)}"));
        }

        if (edits.Count == 0)
        {
            return events;
        }

        // One second apart from the triager's first touch, skipping instants other events hold (times stay unique).
        var taken = events.Select(e => e.At).ToHashSet();
        var merged = events.ToList();
        var at = first.At;
        foreach (var (kind, detail) in edits)
        {
            do
            {
                at = at.AddSeconds(1);
            }
            while (taken.Contains(at));

            if (at >= end)
            {
                break;
            }

            taken.Add(at);
            merged.Add(new TicketEvent(row.Id, at, kind, actor ?? TicketEvent.SystemActor, detail));
        }

        return merged.OrderBy(e => e.At).ToList();
    }
}
