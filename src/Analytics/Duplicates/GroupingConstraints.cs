namespace Reporting.Analytics.Duplicates;

/// <summary>
/// People's grouping decisions reduced to what the clusterer enforces. The rules, in order:
/// <list type="number">
/// <item>About one pair of tickets (not a duplicate, same bug, merge) the latest decision wins, whoever recorded it on which side.</item>
/// <item>A split stands until a later same-bug or merge decision involves the ticket; a same-bug or merge decision older than the
/// ticket's standing split is void (the split took it out again).</item>
/// <item>Not-a-duplicate pairs are <see cref="CannotLink"/>: no link, however strong, and no chain of links joins them
/// (the union that would is skipped; links are joined strongest first, so the weakest bridge is the one cut).</item>
/// <item>Same-bug and merge pairs are <see cref="MustLink"/>: once the model's links have formed the groups, the two tickets' groups
/// are joined whole (past the size cap), newest first, except where that would join a cannot-link pair (a person's "not the
/// same" is never overruled by a chain of "the same").</item>
/// <item>A ticket split off, or moved by a same-bug decision recorded on it, is <see cref="Placed"/>: the model's links from and to
/// it are not used, so it stays on its own or where a person put it (a split ticket is never pulled back into its old group, and a
/// moved ticket does not drag its old group along). A merge places no ticket: both groups keep their own links.</item>
/// </list>
/// </summary>
public sealed class GroupingConstraints
{
    private GroupingConstraints(IReadOnlyList<(string, string)> mustLink, IReadOnlyList<(string, string)> cannotLink, IReadOnlySet<string> placed)
    {
        MustLink = mustLink;
        CannotLink = cannotLink;
        Placed = placed;
    }

    public static GroupingConstraints None { get; } = new([], [], new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Pairs that end in one group, newest decision first.</summary>
    public IReadOnlyList<(string, string)> MustLink { get; }

    /// <summary>Pairs that never end in one group.</summary>
    public IReadOnlyList<(string, string)> CannotLink { get; }

    /// <summary>Tickets grouped only through people's decisions.</summary>
    public IReadOnlySet<string> Placed { get; }

    public bool IsEmpty => MustLink.Count == 0 && CannotLink.Count == 0 && Placed.Count == 0;

    /// <param name="decisions">Every grouping decision; equal times keep the given order (the later one wins).</param>
    public static GroupingConstraints Resolve(IEnumerable<GroupingDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var ordered = decisions.Select((d, i) => (Decision: d, Order: i)).OrderBy(d => d.Decision.DecidedAt).ThenBy(d => d.Order).ToList();
        var latestAboutPair = new Dictionary<(string, string), (GroupingDecision Decision, int Order)>();
        var latestSplit = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var d = ordered[i].Decision;
            if (d.Kind == GroupingDecisionKind.Split)
            {
                latestSplit[d.TicketId] = i;
            }
            else if (!string.Equals(d.TicketId, d.Other, StringComparison.Ordinal))
            {
                latestAboutPair[Pair(d.TicketId, d.Other)] = (d, i);
            }
        }

        // A same-bug or merge stands unless a later split took either ticket out again.
        var joins = latestAboutPair.Values
            .Where(p => p.Decision.Kind is GroupingDecisionKind.SameBug or GroupingDecisionKind.Merge
                        && latestSplit.GetValueOrDefault(p.Decision.TicketId, -1) < p.Order
                        && latestSplit.GetValueOrDefault(p.Decision.Other, -1) < p.Order)
            .OrderByDescending(p => p.Order)
            .ToList();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (ticket, split) in latestSplit)
        {
            if (!joins.Any(j => j.Order > split && (j.Decision.TicketId == ticket || j.Decision.Other == ticket)))
            {
                placed.Add(ticket);
            }
        }

        foreach (var join in joins.Where(j => j.Decision.Kind == GroupingDecisionKind.SameBug))
        {
            placed.Add(join.Decision.TicketId);
        }

        var cannot = latestAboutPair.Values
            .Where(p => p.Decision.Kind == GroupingDecisionKind.NotDuplicate)
            .OrderBy(p => p.Order)
            .Select(p => (p.Decision.TicketId, p.Decision.Other))
            .ToList();
        return new GroupingConstraints(joins.Select(j => (j.Decision.TicketId, j.Decision.Other)).ToList(), cannot, placed);
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
