using Reporting.Testing;
using Reporting.Warehouse.Queries;

namespace Reporting.Warehouse.Tests.Queries;

/// <summary>What the service's metrics and readiness read from the warehouse, on a real DuckDB file.</summary>
public sealed class OperationsQueriesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Each_source_has_its_last_successful_pull_its_newest_change_and_its_last_failure_with_the_error()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        await warehouse.Connection.RunAsync(
            """
            INSERT INTO ingest_runs (run_id, source, kind, input, started_at, finished_at, status, error) VALUES
                (1, 'helpdesk', 'pull', 'zendesk', TIMESTAMP '2026-11-23 06:00:00', TIMESTAMP '2026-11-23 06:01:00', 'succeeded', NULL),
                (2, 'helpdesk', 'pull', 'zendesk', TIMESTAMP '2026-11-23 07:00:00', TIMESTAMP '2026-11-23 07:01:00', 'succeeded', NULL),
                (3, 'helpdesk', 'pull', 'zendesk', TIMESTAMP '2026-11-23 07:15:00', TIMESTAMP '2026-11-23 07:15:30', 'failed', 'HTTP 503'),
                (4, 'helpdesk', 'pull', 'zendesk', TIMESTAMP '2026-11-23 05:00:00', TIMESTAMP '2026-11-23 05:00:30', 'failed', 'HTTP 401'),
                (5, 'samples', 'TicketCsv', 'tickets.csv', TIMESTAMP '2026-11-23 07:30:00', TIMESTAMP '2026-11-23 07:31:00', 'succeeded', NULL);
            INSERT INTO tickets (source, external_id, created_at, updated_at, subject, body, tags, duplicate_of, affected_versions, fix_versions,
                                 deleted, content_hash, run_id, ingested_at) VALUES
                ('helpdesk', '1', TIMESTAMP '2026-11-20 10:00:00', TIMESTAMP '2026-11-22 09:00:00', 's', '', [], [], [], [], false, 'h', 2, TIMESTAMP '2026-11-23 07:01:00'),
                ('helpdesk', '2', TIMESTAMP '2026-11-22 12:00:00', NULL, 's', '', [], [], [], [], false, 'h', 2, TIMESTAMP '2026-11-23 07:01:00'),
                ('samples', 'S-1', TIMESTAMP '2026-11-21 10:00:00', NULL, 's', '', [], [], [], [], false, 'h', 5, TIMESTAMP '2026-11-23 07:31:00');
            """);

        var sources = await OperationsQueries.SourceFreshnessAsync(warehouse.Connection, CancellationToken.None);

        Assert.Equal(
            [
                new SourceFreshness("helpdesk", new DateTime(2026, 11, 23, 7, 1, 0), new DateTime(2026, 11, 22, 12, 0, 0), new DateTime(2026, 11, 23, 7, 15, 30), "HTTP 503"),
                new SourceFreshness("samples", null, new DateTime(2026, 11, 21, 10, 0, 0), null, null),
            ],
            sources);
    }

    [Fact]
    public async Task Acceptance_counts_accepts_among_accepts_and_choices_since_the_given_time()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        foreach (var (kind, daysAgo) in new[] { ("accept", 1), ("accept", 2), ("choose", 3), ("not_duplicate", 1), ("accept", 40) })
        {
            await warehouse.Connection.RunAsync(
                """
                INSERT INTO triage_decisions (source, ticket_id, decided_by, decided_at, kind, value, shown_owners, shown_probabilities)
                VALUES ('helpdesk', $id, 'rotation', $at, $kind, 'billing', ['billing'], [0.9])
                """, new { id = $"{kind}-{daysAgo}", at = Now.AddDays(-daysAgo), kind });
        }

        var recent = await OperationsQueries.AcceptancesAsync(warehouse.Connection, Now.AddDays(-28), CancellationToken.None);
        var none = await OperationsQueries.AcceptancesAsync(warehouse.Connection, Now, CancellationToken.None);

        Assert.Equal((2L, 3L, 2.0 / 3), (recent.Part, recent.Whole, recent.Ratio!.Value));
        Assert.Equal((0L, 0L, (double?)null), (none.Part, none.Whole, none.Ratio));
    }

    [Fact]
    public async Task Abstentions_count_stored_suggestions_that_abstained_since_the_given_time()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        foreach (var (abstains, daysAgo) in new[] { (true, 1), (false, 2), (true, 30) })
        {
            await warehouse.Connection.RunAsync(
                """
                INSERT INTO owner_suggestions (source, ticket_id, suggested_at, model_version, owners, probabilities, abstained, out_of_scope)
                VALUES ('helpdesk', $id, $at, 'owners-v0001', ['billing'], [0.5], $abstains, false)
                """, new { id = $"T-{daysAgo}", at = Now.AddDays(-daysAgo), abstains });
        }

        var share = await OperationsQueries.AbstentionsAsync(warehouse.Connection, Now.AddDays(-28), CancellationToken.None);

        Assert.Equal((1L, 2L, 0.5), (share.Part, share.Whole, share.Ratio!.Value));
    }

    [Fact]
    public async Task A_read_write_connection_proves_writable_and_a_read_only_one_is_refused()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        await OperationsQueries.ProveWritableAsync(warehouse.Connection, CancellationToken.None);
        await warehouse.Connection.DisposeAsync();

        await using var readOnly = await WarehouseConnection.OpenReadOnlyAsync(warehouse.Path);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => OperationsQueries.ProveWritableAsync(readOnly, CancellationToken.None));

        Assert.Contains("read-only", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await OperationsQueries.CapacityComputedAtAsync(readOnly, CancellationToken.None));
    }
}
