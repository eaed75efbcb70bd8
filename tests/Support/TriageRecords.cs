using DuckDB.NET.Data;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Testing;

/// <summary>
/// Writes the few rows a triage test needs into a real warehouse: tickets of one source (<see cref="DefaultSource"/>
/// unless told), services with their teams, stored owner suggestions, and decisions appended the way the workspace
/// appends them (<see cref="TriageQueries.RecordAsync"/>, which keeps the top three owners stored at that moment).
/// </summary>
public sealed class TriageRecords(DuckDBConnection connection, string source = TriageRecords.DefaultSource)
{
    public const string DefaultSource = "support";

    public string Source => source;

    public async Task TicketAsync(string id, DateTime createdAt, string? service, bool resolved = true, string? subject = null) =>
        await connection.RunAsync(
            """
            INSERT INTO tickets (source, external_id, created_at, resolved_at, subject, body, service, tags, duplicate_of, affected_versions,
                                 fix_versions, deleted, content_hash, run_id, ingested_at)
            VALUES ($source, $id, $createdAt, CASE WHEN $resolved THEN $createdAt + INTERVAL 1 DAY END, $subject, '', $service, [], [], [], [],
                    false, 'h', 1, $createdAt)
            """, new { source = Source, id, createdAt, resolved, subject = subject ?? $"Ticket {id}", service });

    public async Task ServiceAsync(string service, string team) =>
        await connection.RunAsync("INSERT INTO services VALUES ($service, $team)", new { service, team });

    /// <summary>The suggestion stored when the ticket arrived: owners best first, probabilities falling from 0.5.</summary>
    public async Task SuggestionAsync(string id, params string[] owners) =>
        await connection.RunAsync(
            """
            INSERT INTO owner_suggestions VALUES ($source, $id, TIMESTAMP '2026-11-01 00:00:00', 'owners-v0001',
                string_split($owners, ','), CAST(string_split($probabilities, ',') AS DOUBLE[]), false, false)
            """,
            new
            {
                source = Source, id, owners = string.Join(',', owners),
                probabilities = string.Join(',', owners.Select((_, i) => (0.5 / (i + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture))),
            });

    public async Task DecideAsync(string id, string kind, string value, DateTime at, string by = "rotation") =>
        Assert(await TriageQueries.RecordAsync(connection, new NewTriageDecision(Source, id, by, at, kind, value), CancellationToken.None), id);

    private static void Assert(bool recorded, string id)
    {
        if (!recorded)
        {
            throw new InvalidOperationException($"No ticket '{id}' to decide on.");
        }
    }
}
