using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// Writing the recurring-bug groups: a clustering run replaces them all (staged with the appender, merged in set
/// statements; the caller holds the transaction), then sets each group's state from its weekly counts.
/// </summary>
public static class RecurringGroupStore
{
    /// <summary>The previous run's members: (source, ticket, group).</summary>
    public static Task<IReadOnlyList<(string Source, string TicketId, string GroupId)>> MembersAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<(string, string, string)>("SELECT source, ticket_id, group_id FROM recurring_group_members", cancellationToken: cancellationToken);

    /// <summary>
    /// Replaces every group and member. Each group's owner (the majority service and team), first and last seen,
    /// tickets and customers come from its members' tickets; its state starts as steady.
    /// </summary>
    public static async Task ReplaceAsync(
        DuckDBConnection connection, IEnumerable<NewRecurringGroup> groups, DateTime computedAt, CancellationToken cancellationToken)
    {
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
                heads.CreateRow().AppendValue(group.GroupId).AppendValue(group.Label).AppendValue(group.KeyTerms.ToList())
                    .AppendValue(group.Representative.Source).AppendValue(group.Representative.TicketId).EndRow();
                foreach (var (source, ticketId) in group.Members)
                {
                    members.CreateRow().AppendValue(group.GroupId).AppendValue(source).AppendValue(ticketId).EndRow();
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
            """, new { now = computedAt }, cancellationToken);
    }

    /// <summary>Each group's tickets per week (weeks start on Monday), weeks without tickets left out.</summary>
    public static Task<IReadOnlyList<(string GroupId, DateTime WeekStart, long Tickets)>> WeeklyCountsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<(string, DateTime, long)>(
            """
            SELECT m.group_id, date_trunc('week', t.created_at), count(*)
            FROM recurring_group_members m JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
            GROUP BY ALL
            """, cancellationToken: cancellationToken);

    /// <summary>Sets the groups' states, in one statement.</summary>
    public static async Task SetStatesAsync(DuckDBConnection connection, IEnumerable<(string GroupId, string State)> states, CancellationToken cancellationToken)
    {
        await connection.RunAsync("CREATE OR REPLACE TEMP TABLE stage_group_states (group_id VARCHAR, state VARCHAR)", cancellationToken: cancellationToken);
        using (var appender = connection.CreateAppender("stage_group_states"))
        {
            foreach (var (groupId, state) in states)
            {
                appender.CreateRow().AppendValue(groupId).AppendValue(state).EndRow();
            }
        }

        await connection.RunAsync(
            "UPDATE recurring_groups g SET state = s.state FROM stage_group_states s WHERE s.group_id = g.group_id", cancellationToken: cancellationToken);
    }
}

/// <summary>A group as clustering found it: its members and representative as (source, ticket).</summary>
public sealed record NewRecurringGroup(
    string GroupId, string Label, IReadOnlyList<string> KeyTerms, (string Source, string TicketId) Representative,
    IReadOnlyList<(string Source, string TicketId)> Members);
