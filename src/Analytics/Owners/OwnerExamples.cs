using DuckDB.NET.Data;
using Reporting.Warehouse;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Tickets with a known owner, in created order, as training and evaluation examples. The owner is the ticket's
/// service (for Jira exports: PROJECT/first component); tickets without one are left out.
/// </summary>
public static class OwnerExamples
{
    public static async Task<IReadOnlyList<OwnerTrainingExample>> LoadAsync(
        DuckDBConnection connection, bool resolvedOnly, DateTime? createdBefore = null, CancellationToken cancellationToken = default)
    {
        var rows = await connection.ListAsync<Row>(
            """
            SELECT external_id AS Id, created_at AS CreatedAt, subject AS Subject, body AS Body, product AS Product, channel AS Channel,
                   priority AS Priority, type AS Type, array_to_string(tags, chr(31)) AS Tags, service AS Owner
            FROM tickets
            WHERE NOT deleted AND service IS NOT NULL AND service <> ''
              AND (NOT $resolvedOnly OR resolved_at IS NOT NULL)
              AND ($before IS NULL OR created_at < $before)
            ORDER BY created_at, source, external_id
            """, new { resolvedOnly, before = createdBefore }, cancellationToken);
        return rows.Select(r => new OwnerTrainingExample(
            r.Id, r.CreatedAt, r.Subject, r.Body, r.Product, r.Channel, r.Priority, r.Type,
            string.IsNullOrEmpty(r.Tags) ? [] : r.Tags.Split('\u001f'), r.Owner)).ToList();
    }

    private sealed record Row(
        string Id, DateTime CreatedAt, string Subject, string Body, string? Product, string? Channel, string? Priority, string? Type,
        string? Tags, string Owner);
}
