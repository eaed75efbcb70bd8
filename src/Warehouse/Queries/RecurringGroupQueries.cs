using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>Reading the stored recurring-bug groups.</summary>
public static class RecurringGroupQueries
{
    /// <summary>The largest groups by ticket count.</summary>
    public static Task<IReadOnlyList<StoredGroup>> LargestAsync(DuckDBConnection connection, int count, CancellationToken cancellationToken) =>
        connection.ListAsync<StoredGroup>(
            "SELECT group_id AS Id, label AS Label, state AS State, tickets AS Tickets, customers AS Customers FROM recurring_groups ORDER BY tickets DESC, group_id LIMIT $count",
            new { count }, cancellationToken);

    /// <summary>Groups growing or back again, by team, largest first: support the coming weeks will likely see more of. None before clustering.</summary>
    public static async Task<IReadOnlyList<StoredTeamGroup>> GrowingAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        await connection.TableExistsAsync("recurring_groups", cancellationToken)
            ? await connection.ListAsync<StoredTeamGroup>(
                """
                SELECT team AS Team, group_id AS Id, label AS Label, state AS State, tickets AS Tickets, customers AS Customers
                FROM recurring_groups WHERE team IS NOT NULL AND state IN ('growing', 'regressed')
                ORDER BY tickets DESC, group_id
                """, cancellationToken: cancellationToken)
            : [];
}

/// <summary>A stored recurring-bug group with the team that owns it.</summary>
public sealed record StoredTeamGroup(string Team, string Id, string Label, string State, long Tickets, long Customers);

/// <summary>One stored recurring-bug group as listed.</summary>
public sealed record StoredGroup(string Id, string Label, string State, long Tickets, long Customers);
