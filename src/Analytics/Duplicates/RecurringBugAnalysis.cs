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
        foreach (var (source, ticketId, groupId) in await connection.ListAsync<(string, string, string)>(
                     "SELECT source, ticket_id, group_id FROM recurring_group_members", cancellationToken: cancellationToken))
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
        await connection.RunAsync(
            """
            DELETE FROM recurring_group_members;
            DELETE FROM recurring_groups;
            CREATE OR REPLACE TEMP TABLE stage_group_members (group_id VARCHAR, source VARCHAR, ticket_id VARCHAR);
            CREATE OR REPLACE TEMP TABLE stage_groups (group_id VARCHAR, label VARCHAR, key_terms VARCHAR[], representative_source VARCHAR, representative_ticket VARCHAR);
            """, cancellationToken: cancellationToken);
        using (var members = connection.CreateAppender("stage_group_members"))
        using (var heads = connection.CreateAppender("stage_groups"))
        {
            foreach (var group in groups)
            {
                var representative = loaded.Refs[group.RepresentativeTicketId];
                heads.CreateRow().AppendValue(group.GroupId).AppendValue(group.Label).AppendValue(group.KeyTerms.ToList())
                    .AppendValue(representative.Source).AppendValue(representative.ExternalId).EndRow();
                foreach (var id in group.TicketIds)
                {
                    var r = loaded.Refs[id];
                    members.CreateRow().AppendValue(group.GroupId).AppendValue(r.Source).AppendValue(r.ExternalId).EndRow();
                }
            }
        }

        await connection.RunAsync(
            """
            INSERT INTO recurring_group_members SELECT * FROM stage_group_members;
            INSERT INTO recurring_groups
            SELECT g.group_id, g.label, g.key_terms, g.representative_source, g.representative_ticket,
                   mode(t.service), mode(coalesce(t.team, s.team, t.product)), min(t.created_at), max(t.created_at),
                   count(*), count(DISTINCT coalesce(t.customer, t.reporter)), 'steady', $now
            FROM stage_groups g
            JOIN stage_group_members m ON m.group_id = g.group_id
            JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
            LEFT JOIN services s ON s.service = t.service
            GROUP BY ALL;
            """, new { now = time.GetUtcNow().UtcDateTime }, cancellationToken);

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
        var weekly = await connection.ListAsync<(string GroupId, DateTime WeekStart, long Tickets)>(
            """
            SELECT m.group_id, date_trunc('week', t.created_at), count(*)
            FROM recurring_group_members m JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
            GROUP BY ALL
            """, cancellationToken: cancellationToken);
        var states = new Dictionary<string, int>(StringComparer.Ordinal);
        await connection.RunAsync("CREATE OR REPLACE TEMP TABLE stage_group_states (group_id VARCHAR, state VARCHAR)", cancellationToken: cancellationToken);
        using var appender = connection.CreateAppender("stage_group_states");
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
            appender.CreateRow().AppendValue(group.Key).AppendValue(state).EndRow();
        }

        appender.Close();
        await connection.RunAsync(
            "UPDATE recurring_groups g SET state = s.state FROM stage_group_states s WHERE s.group_id = g.group_id", cancellationToken: cancellationToken);
        return states;
    }
}

/// <summary>What a clustering run did.</summary>
public sealed record RecurringBugSummary(
    int Tickets, int Groups, int GroupedTickets, int GroupsKeepingTheirId, IReadOnlyDictionary<string, int> States, double ClusterSeconds, double Seconds);
