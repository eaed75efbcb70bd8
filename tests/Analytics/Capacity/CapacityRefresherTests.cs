using Reporting.Analytics.Capacity;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Analytics.Tests.Capacity;

/// <summary>
/// The hourly capacity refresh: incremental after a pull, and then exactly what a full recompute stores, row for row,
/// having recomputed only the team-weeks the changed tickets touched.
/// </summary>
public sealed class CapacityRefresherTests
{
    private static readonly DateTimeOffset Pulled = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    // 2,400 tickets over the 20 weeks to 2026-03-01 for three teams (services, four engineers each), comments by the
    // assignee, some reassignments and reopenings, a rotation for part of the period and two releases.
    private const string GenerateSql =
        """
        INSERT INTO teams VALUES ('Alpha', 'PM', 'pm@example.com', 'UTC'), ('Beta', 'PM', 'pm@example.com', 'UTC'), ('Gamma', 'PM', 'pm@example.com', 'UTC');
        INSERT INTO services VALUES ('api', 'Alpha'), ('web', 'Beta'), ('billing', 'Gamma');
        INSERT INTO team_members SELECT team, team || '-' || k, 40 FROM (VALUES ('Alpha'), ('Beta'), ('Gamma')) t(team), range(4) r(k);
        INSERT INTO rotation (week_start, team, engineer, buddy)
        SELECT CAST(DATE '2025-10-13' + INTERVAL (7 * w) DAY AS DATE), 'Alpha', 'Alpha-' || (w % 4), NULL FROM range(10) r(w);
        INSERT INTO releases (service, version, released_on) VALUES ('api', '1.0', DATE '2026-01-12'), ('web', '2.0', DATE '2026-02-16');
        INSERT INTO absences VALUES ('Beta-1', DATE '2026-02-23', DATE '2026-02-25');
        INSERT INTO tickets (source, external_id, created_at, updated_at, first_response_at, resolved_at, status, priority, type, channel,
                             customer, reporter, subject, body, product, service, team, assignee, tags, duplicate_of, affected_versions,
                             fix_versions, time_spent_seconds, deleted, content_hash, run_id, ingested_at)
        SELECT 'gen', 'G-' || i, created, NULL, created + to_minutes(5 + i % 400),
               CASE WHEN i % 10 < 7 THEN created + to_hours(1 + i % 150) END, 'open',
               (['urgent', 'high', 'normal', 'low'])[1 + i % 4], (['bug', 'question', 'incident', 'task'])[1 + (i // 4) % 4],
               'email', 'Customer', NULL, 'Ticket ' || i, '', NULL, (['api', 'web', 'billing'])[1 + i % 3], NULL,
               (['Alpha', 'Beta', 'Gamma'])[1 + i % 3] || '-' || ((i // 3) % 4),
               [], [], [], [], CASE WHEN i % 50 = 7 THEN 3600 * (1 + i % 3) END, false, '', 1, TIMESTAMP '2026-03-01 00:00:00'
        FROM (SELECT i, TIMESTAMP '2025-10-13 00:00:00' + to_seconds(CAST(hash(i) % (140 * 86400) AS BIGINT)) AS created FROM range(2400) r(i));
        INSERT INTO ticket_events
        SELECT t.source, t.external_id, 'c' || j, t.created_at + to_hours(2 + 5 * j), 'comment', t.assignee, NULL
        FROM tickets t, range(2) r(j);
        INSERT INTO ticket_events
        SELECT source, external_id, 'tc', created_at + INTERVAL 1 HOUR, 'team_changed', NULL, NULL FROM tickets WHERE hash(external_id) % 20 = 0;
        INSERT INTO ticket_events
        SELECT source, external_id, 'ro', created_at + INTERVAL 3 DAY, 'reopened', NULL, NULL FROM tickets WHERE hash(external_id) % 30 = 0;
        """;

    // A pull of 60 changed tickets, all in the last two weeks: new ones with comments, resolutions, a reprioritised
    // and a moved ticket, a deleted one and a reopening.
    private const string PullSql =
        """
        INSERT INTO tickets (source, external_id, created_at, updated_at, first_response_at, resolved_at, status, priority, type, channel,
                             customer, reporter, subject, body, product, service, team, assignee, tags, duplicate_of, affected_versions,
                             fix_versions, time_spent_seconds, deleted, content_hash, run_id, ingested_at)
        SELECT 'gen', 'N-' || i, TIMESTAMP '2026-02-23 09:00:00' + to_hours(i * 2), NULL, TIMESTAMP '2026-02-23 10:00:00' + to_hours(i * 2), NULL,
               'open', 'high', 'bug', 'email', 'Customer', NULL, 'New ' || i, '', NULL, 'api', NULL, 'Alpha-' || (i % 4),
               [], [], [], [], NULL, false, '', 2, TIMESTAMP '2026-03-02 05:00:00'
        FROM range(40) r(i);
        INSERT INTO ticket_events
        SELECT 'gen', 'N-' || i, 'c0', TIMESTAMP '2026-02-24 12:00:00' + to_hours(i), 'comment', 'Alpha-' || (i % 4), NULL FROM range(40) r(i);
        UPDATE tickets SET resolved_at = TIMESTAMP '2026-02-27 15:00:00', ingested_at = TIMESTAMP '2026-03-02 05:00:00'
        WHERE external_id IN (SELECT external_id FROM tickets WHERE source = 'gen' AND external_id LIKE 'G-%' AND resolved_at IS NULL
                              AND created_at >= TIMESTAMP '2026-02-23 00:00:00' AND service = 'web' ORDER BY external_id LIMIT 15);
        UPDATE tickets SET priority = 'urgent', team = 'Gamma', ingested_at = TIMESTAMP '2026-03-02 05:00:00'
        WHERE external_id = (SELECT min(external_id) FROM tickets WHERE service = 'web' AND created_at >= TIMESTAMP '2026-02-16 00:00:00'
                             AND resolved_at IS NOT NULL AND external_id LIKE 'G-%');
        UPDATE tickets SET deleted = true, ingested_at = TIMESTAMP '2026-03-02 05:00:00'
        WHERE external_id = (SELECT max(external_id) FROM tickets WHERE service = 'billing' AND created_at >= TIMESTAMP '2026-02-23 00:00:00');
        UPDATE tickets SET ingested_at = TIMESTAMP '2026-03-02 05:00:00'
        WHERE external_id = (SELECT max(external_id) FROM tickets WHERE service = 'api' AND created_at >= TIMESTAMP '2026-02-23 00:00:00'
                             AND resolved_at IS NOT NULL AND external_id LIKE 'G-%');
        INSERT INTO ticket_events
        SELECT source, external_id, 'ro2', TIMESTAMP '2026-02-28 10:00:00', 'reopened', NULL, NULL FROM tickets
        WHERE external_id = (SELECT max(external_id) FROM tickets WHERE service = 'api' AND created_at >= TIMESTAMP '2026-02-23 00:00:00'
                             AND resolved_at IS NOT NULL AND external_id LIKE 'G-%');
        """;

    private static CapacityOptions Options => new() { From = new DateOnly(2025, 12, 8), To = new DateOnly(2026, 3, 1), ForecastWeeks = 2 };

    [Fact]
    public async Task After_a_pull_the_incremental_refresh_stores_exactly_what_a_full_recompute_stores_and_recomputes_only_touched_weeks()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        var connection = warehouse.Connection;
        await connection.RunAsync(GenerateSql);
        var clock = TestClock.Create(Pulled.AddHours(-12));
        var first = await new CapacityRefresher(connection, clock).RefreshAsync(Options, previousFingerprint: null);
        Assert.False(first.Incremental);
        Assert.Equal("nothing stored for these weeks yet", first.Reason);

        await connection.RunAsync(PullSql);
        clock.SetUtcNow(Pulled);
        var incremental = await new CapacityRefresher(connection, clock).RefreshAsync(Options, first.Fingerprint);
        var afterIncremental = await StoredAsync(connection);

        Assert.True(incremental.Incremental, incremental.Reason);

        var full = await new CapacityRefresher(connection, clock).RefreshAsync(Options, previousFingerprint: null);
        Assert.False(full.Incremental);
        var afterFull = await StoredAsync(connection);
        Assert.Equal(afterFull.Weeks.Count, afterIncremental.Weeks.Count);
        Assert.Equal(afterFull.Weeks, afterIncremental.Weeks);
        Assert.Equal(afterFull.Lines, afterIncremental.Lines);
        Assert.Equal(afterFull.Tails, afterIncremental.Tails);
        Assert.Equal(162, afterFull.Weeks.Count);
        // 3 teams × (52 observed + 2 forecast) weeks are stored; the full run reports the 3 × 12 weeks shown. The pull
        // touched 5 of the 156 observed team-weeks (the last two weeks of the teams it changed), and every forecast week is redone.
        Assert.Equal((53L, 36L, 5L, 6L), (incremental.ChangedTickets, first.RecomputedWeeks, incremental.RecomputedWeeks, incremental.ForecastWeeks));
    }

    [Fact]
    public async Task A_refresh_with_nothing_pulled_recomputes_no_observed_week_and_a_changed_rotation_recomputes_all()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        var connection = warehouse.Connection;
        await connection.RunAsync(GenerateSql);
        var clock = TestClock.Create(Pulled);
        var first = await new CapacityRefresher(connection, clock).RefreshAsync(Options, previousFingerprint: null);
        var before = await StoredAsync(connection);

        clock.Advance(TimeSpan.FromHours(1));
        var quiet = await new CapacityRefresher(connection, clock).RefreshAsync(Options, first.Fingerprint);
        Assert.True(quiet.Incremental);
        Assert.Equal((0L, 0L), (quiet.ChangedTickets, quiet.RecomputedWeeks));
        Assert.Equal(before.Weeks, (await StoredAsync(connection)).Weeks);

        await connection.RunAsync("UPDATE rotation SET engineer = 'Alpha-3' WHERE week_start = DATE '2025-12-15'");
        var changed = await new CapacityRefresher(connection, clock).RefreshAsync(Options, quiet.Fingerprint);
        Assert.False(changed.Incremental);
        Assert.Equal("the configuration changed (or is not known)", changed.Reason);
        Assert.NotEqual(before.Weeks, (await StoredAsync(connection)).Weeks);
    }

    private static async Task<Stored> StoredAsync(DuckDB.NET.Data.DuckDBConnection connection) => new(
        await connection.ListAsync<string>("SELECT x::VARCHAR FROM (SELECT * EXCLUDE (computed_at) FROM capacity_weeks) x ORDER BY 1"),
        await connection.ListAsync<string>("SELECT x::VARCHAR FROM support_effort x ORDER BY 1"),
        await connection.ListAsync<string>("SELECT x::VARCHAR FROM release_tails x ORDER BY 1"));

    private sealed record Stored(IReadOnlyList<string> Weeks, IReadOnlyList<string> Lines, IReadOnlyList<string> Tails);
}
