using System.Diagnostics;
using Reporting.Warehouse.Queries;
using DuckDB.NET.Data;
using Reporting.Warehouse;
using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Groups the warehouse's tickets into recurring bugs and stores the groups for reports: a full re-cluster that keeps
/// the ids of groups that persist (from the previous run's members), each group's owner (the majority team, else
/// service), first and last seen, tickets, customers affected, and its state from its weekly counts. People's grouping
/// decisions (not a duplicate, same bug, split, merge) are read from the triage decisions and hold (<see cref="GroupingConstraints"/>).
/// </summary>
public sealed class RecurringBugAnalysis(DuckDBConnection connection, TimeProvider time)
{
    public async Task<RecurringBugSummary> ClusterAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var loaded = await DuplicateCandidateLoader.LoadAsync(connection, cancellationToken);
        var idOf = loaded.Refs.ToDictionary(kv => kv.Value, kv => kv.Key);
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, ticketId, groupId) in await RecurringGroupStore.MembersAsync(connection, cancellationToken))
        {
            if (idOf.TryGetValue(new DuplicateCandidateLoader.TicketRef(source, ticketId), out var id))
            {
                previous[id] = groupId;
            }
        }

        var decisions = await GroupingDecisionsAsync(idOf, cancellationToken);
        progress?.Report($"clustering {loaded.Tickets.Count:N0} tickets with {decisions.Count:N0} grouping decisions");
        using var clusters = RecurringBugClusterer.Recluster(
            loaded.Tickets, previousGroupOf: previous, constraints: GroupingConstraints.Resolve(decisions), cancellationToken: cancellationToken);
        var groups = clusters.Groups();
        var clusterSeconds = watch.Elapsed.TotalSeconds;

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await RecurringGroupStore.ReplaceAsync(
            connection,
            groups.Select(g =>
            {
                var representative = loaded.Refs[g.RepresentativeTicketId];
                return new NewRecurringGroup(
                    g.GroupId, g.Label, g.KeyTerms, (representative.Source, representative.ExternalId),
                    [.. g.TicketIds.Select(id => loaded.Refs[id]).Select(r => (r.Source, r.ExternalId))]);
            }),
            time.GetUtcNow().UtcDateTime, cancellationToken);

        var states = await ClassifyAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RecurringBugSummary(
            loaded.Tickets.Count, groups.Count, groups.Sum(g => g.TicketIds.Count),
            groups.Count(g => previous.Values.Contains(g.GroupId)), states, clusterSeconds, watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The stored grouping decisions in the clusterer's ticket ids; decisions about a ticket no longer in the warehouse
    /// (deleted) are left out.
    /// </summary>
    private async Task<IReadOnlyList<GroupingDecision>> GroupingDecisionsAsync(
        Dictionary<DuplicateCandidateLoader.TicketRef, string> idOf, CancellationToken cancellationToken)
    {
        var byReference = idOf.ToDictionary(kv => GroupingDecisionQueries.TicketReference(kv.Key.Source, kv.Key.ExternalId), kv => kv.Value, StringComparer.Ordinal);
        var decisions = new List<GroupingDecision>();
        foreach (var d in await GroupingDecisionQueries.AllAsync(connection, cancellationToken))
        {
            if (!idOf.TryGetValue(new DuplicateCandidateLoader.TicketRef(d.Source, d.TicketId), out var ticket))
            {
                continue;
            }

            var (kind, other) = d.Kind switch
            {
                GroupingDecisionQueries.NotDuplicate => (GroupingDecisionKind.NotDuplicate, idOf.GetValueOrDefault(new DuplicateCandidateLoader.TicketRef(d.Source, d.Value))),
                GroupingDecisionQueries.SameBug => (GroupingDecisionKind.SameBug, idOf.GetValueOrDefault(new DuplicateCandidateLoader.TicketRef(d.Source, d.Value))),
                GroupingDecisionQueries.Merge => (GroupingDecisionKind.Merge, byReference.GetValueOrDefault(d.Value)),
                GroupingDecisionQueries.Split => (GroupingDecisionKind.Split, d.Value),
                _ => (GroupingDecisionKind.Split, null),
            };
            if (other is not null)
            {
                decisions.Add(new GroupingDecision(kind, ticket, other, d.DecidedAt));
            }
        }

        return decisions;
    }

    /// <summary>Sets each group's state from its weekly ticket counts up to the newest week of data.</summary>
    private async Task<IReadOnlyDictionary<string, int>> ClassifyAsync(CancellationToken cancellationToken)
    {
        var newest = await TicketQueries.NewestCreatedAsync(connection, cancellationToken);
        if (newest is null)
        {
            return new Dictionary<string, int>();
        }

        var lastWeek = IsoWeek.Of(newest.Value);
        var weekly = await RecurringGroupStore.WeeklyCountsAsync(connection, cancellationToken);
        var states = new Dictionary<string, int>(StringComparer.Ordinal);
        var stateOf = new List<(string GroupId, string State)>();
        foreach (var group in weekly.GroupBy(w => w.GroupId))
        {
            var first = IsoWeek.Of(group.Min(w => w.WeekStart));
            var counts = new int[first.WeeksUntil(lastWeek) + 1];
            foreach (var (_, weekStart, tickets) in group)
            {
                counts[first.WeeksUntil(IsoWeek.Of(weekStart))] = (int)tickets;
            }

            var state = GroupTrendClassifier.Classify(counts).ToString().ToLowerInvariant();
            states[state] = states.GetValueOrDefault(state) + 1;
            stateOf.Add((group.Key, state));
        }

        await RecurringGroupStore.SetStatesAsync(connection, stateOf, cancellationToken);
        return states;
    }
}

/// <summary>What a clustering run did.</summary>
public sealed record RecurringBugSummary(
    int Tickets, int Groups, int GroupedTickets, int GroupsKeepingTheirId, IReadOnlyDictionary<string, int> States, double ClusterSeconds, double Seconds);
