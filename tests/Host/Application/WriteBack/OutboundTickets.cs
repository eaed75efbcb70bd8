using DuckDB.NET.Data;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Application.WriteBack;

/// <summary>Open tickets of one source with a stored owner suggestion, as the pull or a webhook leaves them.</summary>
internal sealed class OutboundTickets(DuckDBConnection connection, string source)
{
    /// <summary>A ticket created an hour ago with its top owners and their probabilities, best first.</summary>
    public async Task AddAsync(string id, string subject, string body, (string Owner, double Probability)[] owners, string? product = "Shop", string? type = "question")
    {
        var created = DateTime.UtcNow.AddHours(-1);
        await connection.RunAsync(
            """
            INSERT INTO tickets (source, external_id, created_at, subject, body, product, priority, type, customer, tags, duplicate_of, affected_versions,
                                 fix_versions, deleted, content_hash, run_id, ingested_at)
            VALUES ($source, $id, $created, $subject, $body, $product, 'high', $type, 'Acme', [], [], [], [], false, 'h', 1, $created)
            """, new { source, id, created, subject, body, product, type });
        await connection.RunAsync(
            """
            INSERT INTO owner_suggestions VALUES ($source, $id, $created, 'owners-v0001', string_split($owners, ','),
                CAST(string_split($probabilities, ',') AS DOUBLE[]), false, false)
            """,
            new
            {
                source, id, created, owners = string.Join(',', owners.Select(o => o.Owner)),
                probabilities = string.Join(',', owners.Select(o => o.Probability.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            });
    }
}
