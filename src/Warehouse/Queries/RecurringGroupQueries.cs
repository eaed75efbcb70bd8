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
}

/// <summary>One stored recurring-bug group as listed.</summary>
public sealed record StoredGroup(string Id, string Label, string State, long Tickets, long Customers);
