using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>What triage readiness reads of a ticket: its text and affected versions.</summary>
public static class ReadinessQueries
{
    /// <summary>The ticket with this id (from <paramref name="source"/> when given; otherwise the first source by name); null when none.</summary>
    public static async Task<ReadinessTicketRow?> TicketAsync(DuckDBConnection connection, string? source, string id, CancellationToken cancellationToken) =>
        (await connection.ListAsync<ReadinessTicketRow>(
            """
            SELECT source AS Source, external_id AS Id, subject AS Subject, body AS Body, array_to_string(affected_versions, chr(31)) AS VersionList
            FROM tickets WHERE NOT deleted AND external_id = $id AND ($source IS NULL OR source = $source)
            ORDER BY source LIMIT 1
            """, new { source, id }, cancellationToken)).FirstOrDefault();
}

/// <summary>A ticket's text and affected versions (joined by the unit separator).</summary>
public sealed record ReadinessTicketRow(string Source, string Id, string Subject, string Body, string VersionList)
{
    public IReadOnlyList<string> Versions => VersionList.Split('\u001f', StringSplitOptions.RemoveEmptyEntries);
}
