using System.Collections.Concurrent;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Groups tickets that report the same problem (not broad topics) and keeps the groups current.
/// <para>Incremental: <see cref="Attach(DuplicateCandidate, CancellationToken)"/> finds the new ticket's
/// neighbours among earlier tickets; it joins the group of its best link with P(duplicate) ≥
/// <see cref="ClusteringOptions.LinkProbability"/>, other linked groups merge only at ≥
/// <see cref="ClusteringOptions.MergeProbability"/>, otherwise it starts a new group.</para>
/// <para>Full: <see cref="Recluster"/> indexes all tickets, links each to its neighbours among earlier
/// tickets (in parallel), and unions the same kinds of links (each ticket's best link, plus merge-strength
/// links) strongest first; then fragments of one problem are merged on corroborated weaker links
/// (<see cref="CorroboratedMerge"/>). Ids are carried over from a previous run by majority overlap. People's decisions
/// (<see cref="GroupingConstraints"/>) are honoured by the full re-cluster: pairs kept apart, pairs joined, tickets placed.</para>
/// </summary>
public sealed class RecurringBugClusterer : IDisposable
{
    private readonly ClusteringOptions options;
    private readonly SimilarityIndex index;
    private readonly Dictionary<string, string> groupOfTicket = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> membersOfGroup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GroupMember> members = new(StringComparer.Ordinal);
    private readonly List<NeighbourLink> links = [];

    public RecurringBugClusterer(ClusteringOptions? options = null)
    {
        this.options = options ?? new ClusteringOptions();
        index = new SimilarityIndex(this.options.IndexOptions);
    }

    public IReadOnlyDictionary<string, string> GroupOfTicket => groupOfTicket;

    /// <summary>Links at or above the link threshold found so far (incremental or full).</summary>
    public IReadOnlyList<NeighbourLink> Links => links;

    public int TicketCount => members.Count;

    public GroupAssignment Attach(DuplicateCandidate ticket, CancellationToken cancellationToken = default) =>
        Attach(index.Prepare(ticket, cancellationToken), cancellationToken);

    public GroupAssignment Attach(PreparedTicket prepared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var ticket = prepared.Ticket;
        if (groupOfTicket.ContainsKey(ticket.Id))
        {
            throw new InvalidOperationException($"Ticket {ticket.Id} is already grouped.");
        }

        var found = FindLinks(prepared, cancellationToken).Where(l => l.Probability >= options.LinkProbability).ToList();
        links.AddRange(found);
        index.Add(prepared);
        members[ticket.Id] = Member(prepared);

        // Group evidence = the strongest link into each group.
        var groupScores = found
            .Where(l => groupOfTicket.ContainsKey(l.EarlierTicketId))
            .GroupBy(l => groupOfTicket[l.EarlierTicketId], StringComparer.Ordinal)
            .Select(g => (GroupId: g.Key, Best: g.MaxBy(l => l.Probability)))
            .OrderByDescending(g => g.Best.Probability)
            .ThenBy(g => g.GroupId, StringComparer.Ordinal)
            .ToList();

        if (groupScores.Count == 0 || membersOfGroup[groupScores[0].GroupId].Count >= options.MaxGroupSize)
        {
            var newId = MintId(ticket.Id);
            membersOfGroup[newId] = [ticket.Id];
            groupOfTicket[ticket.Id] = newId;
            return new GroupAssignment(ticket.Id, newId, true, null, groupScores.Count > 0 ? groupScores[0].Best.Probability : 0, []);
        }

        var (targetId, best) = groupScores[0];
        membersOfGroup[targetId].Add(ticket.Id);
        groupOfTicket[ticket.Id] = targetId;
        var merged = new List<string>();
        foreach (var (otherId, link) in groupScores.Skip(1))
        {
            if (link.Probability < options.MergeProbability
                || membersOfGroup[otherId].Count + membersOfGroup[targetId].Count > options.MaxGroupSize)
            {
                continue;
            }

            targetId = Merge(targetId, otherId, merged);
        }

        return new GroupAssignment(ticket.Id, targetId, false, best.EarlierTicketId, best.Probability, merged);
    }

    /// <summary>Groups of at least <paramref name="minimumSize"/> tickets with labels, largest first.</summary>
    public IReadOnlyList<RecurringBugGroup> Groups(int minimumSize = 2)
    {
        return membersOfGroup
            .Where(g => g.Value.Count >= minimumSize)
            .Select(g => Describe(g.Key, g.Value))
            .OrderByDescending(g => g.TicketIds.Count)
            .ThenBy(g => g.GroupId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Clusters all tickets from scratch (in parallel) and returns a clusterer ready for incremental attach.
    /// With <paramref name="previousGroupOf"/>, groups keep last run's ids by majority overlap; with
    /// <paramref name="constraints"/>, people's grouping decisions hold (<see cref="GroupingConstraints"/>).
    /// </summary>
    public static RecurringBugClusterer Recluster(
        IReadOnlyList<DuplicateCandidate> tickets,
        ClusteringOptions? options = null,
        IReadOnlyDictionary<string, string>? previousGroupOf = null,
        GroupingConstraints? constraints = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var clusterer = new RecurringBugClusterer(options);
        var prepared = clusterer.index.PrepareMany(tickets, cancellationToken)
            .OrderBy(p => p.Ticket.CreatedAt)
            .ThenBy(p => p.Ticket.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var ticket in prepared)
        {
            clusterer.index.Add(ticket);
            clusterer.members[ticket.Ticket.Id] = Member(ticket);
        }

        var found = new ConcurrentBag<NeighbourLink[]>();
        Parallel.ForEach(prepared, new ParallelOptions { CancellationToken = cancellationToken },
            ticket => found.Add(clusterer.FindLinks(ticket, cancellationToken)));
        var candidates = found.SelectMany(l => l)
            .OrderBy(l => l.TicketId, StringComparer.Ordinal)
            .ThenByDescending(l => l.Probability)
            .ThenBy(l => l.EarlierTicketId, StringComparer.Ordinal)
            .ToList();
        clusterer.links.AddRange(candidates.Where(l => l.Probability >= clusterer.options.LinkProbability));

        var orderedIds = prepared.Select(p => p.Ticket.Id).ToList();
        var groups = GroupLinks(orderedIds, candidates, clusterer.options, constraints);
        var ids = GroupIdAssigner.Assign(groups, previousGroupOf, clusterer.options.GroupIdPrefix);
        for (var g = 0; g < groups.Count; g++)
        {
            clusterer.membersOfGroup[ids[g]] = [.. groups[g]];
            foreach (var member in groups[g])
            {
                clusterer.groupOfTicket[member] = ids[g];
            }
        }

        return clusterer;
    }

    /// <summary>
    /// The full re-cluster's grouping rule, on given links: every ticket's best link at or above the
    /// link threshold, and every link at or above the merge threshold, joined strongest first while no
    /// group exceeds the size cap; then groups that weaker links corroborate as one problem are merged
    /// (<see cref="CorroboratedMerge"/>). Returns groups (singletons included), members in the given order.
    /// With <paramref name="constraints"/>: placed tickets' links are dropped, no union ever joins a cannot-link pair, and
    /// must-links join the groups so formed at the end (newest first, past the size cap).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> GroupLinks(
        IReadOnlyList<string> ticketIdsInCreatedOrder,
        IEnumerable<NeighbourLink> candidateLinks,
        ClusteringOptions options,
        GroupingConstraints? constraints = null)
    {
        ArgumentNullException.ThrowIfNull(ticketIdsInCreatedOrder);
        ArgumentNullException.ThrowIfNull(candidateLinks);
        ArgumentNullException.ThrowIfNull(options);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new DisjointSet();
        foreach (var id in ticketIdsInCreatedOrder)
        {
            position[id] = sets.AddSingleton();
        }

        constraints ??= GroupingConstraints.None;
        foreach (var (a, b) in constraints.CannotLink)
        {
            if (position.TryGetValue(a, out var left) && position.TryGetValue(b, out var right))
            {
                sets.KeepApart(left, right);
            }
        }

        var placed = constraints.Placed;
        var candidates = candidateLinks.Where(l => !placed.Contains(l.TicketId) && !placed.Contains(l.EarlierTicketId)).ToList();
        var usable = candidates
            .Where(l => l.Probability >= options.LinkProbability && position.ContainsKey(l.TicketId) && position.ContainsKey(l.EarlierTicketId))
            .ToList();
        var bestLinks = usable
            .GroupBy(l => l.TicketId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(l => l.Probability).ThenBy(l => position[l.EarlierTicketId]).First());
        var edges = bestLinks
            .Concat(usable.Where(l => l.Probability >= options.MergeProbability))
            .Distinct()
            .OrderByDescending(l => l.Probability)
            .ThenBy(l => position[l.TicketId])
            .ThenBy(l => position[l.EarlierTicketId]);
        foreach (var link in edges)
        {
            var a = position[link.TicketId];
            var b = position[link.EarlierTicketId];
            if (sets.Find(a) != sets.Find(b) && sets.SizeOf(a) + sets.SizeOf(b) <= options.MaxGroupSize && sets.CanJoin(a, b))
            {
                sets.Union(a, b);
            }
        }

        CorroboratedMerge.Apply(sets, position, candidates, options);

        // People's must-links last, so a merge joins the two groups whole (the corroboration rule weighs a group's size,
        // and a group grown early by a must-link would no longer absorb its own fragments).
        foreach (var (a, b) in constraints.MustLink)
        {
            if (position.TryGetValue(a, out var left) && position.TryGetValue(b, out var right) && sets.CanJoin(left, right))
            {
                sets.Union(left, right);
            }
        }
        var groups = new Dictionary<int, List<string>>();
        foreach (var id in ticketIdsInCreatedOrder)
        {
            var root = sets.Find(position[id]);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }

            list.Add(id);
        }

        return [.. groups.Values];
    }

    public void Dispose() => index.Dispose();

    private NeighbourLink[] FindLinks(PreparedTicket prepared, CancellationToken cancellationToken)
    {
        var matches = index.Query(prepared, options.NeighboursPerTicket, explain: false, cancellationToken);
        var weakest = Math.Min(options.LinkProbability, options.SupportProbability);
        return matches
            .Where(m => m.Probability >= weakest)
            .Select(m => new NeighbourLink(prepared.Ticket.Id, m.Id, m.Probability))
            .ToArray();
    }

    private static GroupMember Member(PreparedTicket prepared) =>
        new(prepared.Ticket.Id, prepared.Ticket.CreatedAt, prepared.Ticket.Subject, prepared.SummaryTerms);

    private string MintId(string ticketId)
    {
        var candidate = options.GroupIdPrefix + ticketId;
        var id = candidate;
        for (var suffix = 2; membersOfGroup.ContainsKey(id); suffix++)
        {
            id = candidate + "~" + suffix;
        }

        return id;
    }

    /// <summary>The larger group survives (ties: the older id by ordinal order); returns the survivor's id.</summary>
    private string Merge(string targetId, string otherId, List<string> merged)
    {
        var target = membersOfGroup[targetId];
        var other = membersOfGroup[otherId];
        var keepTarget = target.Count > other.Count
                         || (target.Count == other.Count && string.CompareOrdinal(targetId, otherId) <= 0);
        var (survivorId, absorbedId) = keepTarget ? (targetId, otherId) : (otherId, targetId);
        var survivor = membersOfGroup[survivorId];
        foreach (var member in membersOfGroup[absorbedId])
        {
            survivor.Add(member);
            groupOfTicket[member] = survivorId;
        }

        membersOfGroup.Remove(absorbedId);
        merged.Add(absorbedId);
        return survivorId;
    }

    private RecurringBugGroup Describe(string groupId, List<string> ticketIds)
    {
        var groupMembers = ticketIds.Select(id => members[id]).OrderBy(m => m.CreatedAt).ThenBy(m => m.TicketId, StringComparer.Ordinal).ToList();
        var (keyTerms, representative, label) = GroupLabeler.Label(groupMembers, index.SummaryIdf);
        return new RecurringBugGroup(groupId, groupMembers.Select(m => m.TicketId).ToList(), representative, keyTerms, label,
            groupMembers[0].CreatedAt, groupMembers[^1].CreatedAt);
    }
}
