using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Reporting.Analytics.Capacity;
using Reporting.Ingest;
using Reporting.Warehouse;

namespace Reporting.Bench;

/// <summary>
/// <c>bench capacity [--tickets 1000000]</c>: capacity for all teams over the sample company's 26 weeks on N synthetic
/// tickets (two engineer comments each), against the floor: a plain <c>GROUP BY team, week</c> count over the same
/// table. Each side runs in its own process; prints seconds, peak memory and the ratio.
/// </summary>
public static class CapacityBenchmark
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(BenchArguments args, TextWriter output)
    {
        var count = args.Number("tickets", 1_000_000);
        var directory = args.Text("out") ?? Path.Combine(Path.GetTempPath(), "reporting-bench-capacity");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var db = Path.Combine(directory, "capacity.duckdb");
        await PrepareAsync(db, count);
        var floor = JsonSerializer.Deserialize<Run>(await ChildProcess.RunAsync("run-groupby", "--db", db))!;
        var capacity = JsonSerializer.Deserialize<Run>(await ChildProcess.RunAsync("run-capacity", "--db", db))!;
        var refresh = JsonSerializer.Deserialize<RefreshRun>(await ChildProcess.RunAsync("run-capacity-refresh", "--db", db))!;

        output.WriteLine(string.Create(C, $"{count:N0} tickets, {2 * count:N0} comments, 8 teams, 26 ISO weeks + 2 forecast; {Environment.ProcessorCount} cores"));
        output.WriteLine(string.Create(C, $"{"step",-34} {"seconds",8} {"peak MB",8} {"rows",8} {"time vs floor",14}"));
        output.WriteLine(string.Create(C, $"{"floor: GROUP BY team, week count",-34} {floor.Seconds,8:F2} {floor.PeakMegabytes,8:N0} {floor.Rows,8:N0}"));
        output.WriteLine(string.Create(C, $"{"capacity, all teams (stored)",-34} {capacity.Seconds,8:F2} {capacity.PeakMegabytes,8:N0} {capacity.Rows,8:N0} {capacity.Seconds / floor.Seconds,13:F1}x"));
        output.WriteLine(string.Create(C, $"{"refresh, full recompute",-34} {refresh.FullSeconds,8:F2} {"",8} {refresh.TotalWeeks,8:N0} {refresh.FullSeconds / floor.Seconds,13:F1}x"));
        output.WriteLine(string.Create(C, $"{$"refresh after {refresh.ChangedTickets:N0} changed tickets",-34} {refresh.Seconds,8:F2} {refresh.PeakMegabytes,8:N0} {refresh.RecomputedWeeks,8:N0} {refresh.Seconds / floor.Seconds,13:F1}x"));
        return 0;
    }

    /// <summary>The sample company's teams, rotation, releases and absences, and N synthetic tickets with two engineer comments each.</summary>
    public static async Task PrepareAsync(string db, int count)
    {
        var watch = Stopwatch.StartNew();
        await using (var connection = await WarehouseConnection.OpenAsync(db))
        {
            var samples = SamplesFolder.Find();
            var ingest = new FileIngestor(connection, TimeProvider.System);
            foreach (var file in new[] { "teams.yaml", "rotation.csv", "releases.csv", "absences.csv" })
            {
                await ingest.IngestAsync(Path.Combine(samples, file), "samples");
            }

            await connection.RunAsync(GenerateSql, new { n = count });
        }

        await Console.Error.WriteLineAsync(string.Create(C, $"prepared {count:N0} tickets and {2 * count:N0} comments in {watch.Elapsed.TotalSeconds:F1} s"));
    }

    public static async Task<int> GroupByAsync(BenchArguments args, TextWriter output)
    {
        await using var connection = await WarehouseConnection.OpenAsync(args.Required("db"));
        var watch = Stopwatch.StartNew();
        var rows = await connection.ListAsync<(string Team, DateTime Week, long Tickets)>(
            """
            SELECT coalesce(t.team, s.team, t.product, 'Unowned') AS team, date_trunc('week', t.created_at) AS week, count(*)
            FROM tickets t LEFT JOIN services s ON s.service = t.service
            WHERE NOT t.deleted
            GROUP BY ALL
            """);
        await output.WriteLineAsync(JsonSerializer.Serialize(new Run(watch.Elapsed.TotalSeconds, rows.Count, Measurement.CurrentPeakBytes() / 1048576.0)));
        return 0;
    }

    public static async Task<int> CapacityAsync(BenchArguments args, TextWriter output)
    {
        await using var connection = await WarehouseConnection.OpenAsync(args.Required("db"));
        var watch = Stopwatch.StartNew();
        var result = await new CapacityCalculator(connection, TimeProvider.System).CalculateAsync(new CapacityOptions
        {
            From = new DateOnly(2026, 5, 25),
            To = new DateOnly(2026, 11, 22),
            ForecastWeeks = 2,
        }, new Progress<string>(Console.Error.WriteLine));
        await output.WriteLineAsync(JsonSerializer.Serialize(new Run(watch.Elapsed.TotalSeconds, result.Weeks.Count, Measurement.CurrentPeakBytes() / 1048576.0)));
        return 0;
    }

    public sealed record Run(double Seconds, long Rows, double PeakMegabytes);

    /// <summary>A full refresh, then a pull of changed tickets and the incremental refresh after it (the one timed as <see cref="Seconds"/>).</summary>
    public sealed record RefreshRun(double FullSeconds, long TotalWeeks, long ChangedTickets, double Seconds, long RecomputedWeeks, double PeakMegabytes);

    private static CapacityOptions Period => new() { From = new DateOnly(2026, 5, 25), To = new DateOnly(2026, 11, 22), ForecastWeeks = 2 };

    /// <summary>
    /// <c>run-capacity-refresh --db FILE [--changed 1000]</c>: the stored capacity refreshed in full, then a pull of N
    /// changed tickets as a pull brings them (half new in the last week with two comments each, half recent tickets
    /// resolved or re-prioritised) and the incremental refresh after it.
    /// </summary>
    public static async Task<int> RefreshAsync(BenchArguments args, TextWriter output)
    {
        var changed = args.Number("changed", 1_000);
        await using var connection = await WarehouseConnection.OpenAsync(args.Required("db"));
        var progress = new Progress<string>(Console.Error.WriteLine);
        var watch = Stopwatch.StartNew();
        var full = await new CapacityRefresher(connection, TimeProvider.System).RefreshAsync(Period, null, progress);
        var fullSeconds = watch.Elapsed.TotalSeconds;
        await connection.RunAsync(PullSql, new { n = changed / 2, at = DateTime.UtcNow.AddSeconds(1) });
        watch.Restart();
        var outcome = await new CapacityRefresher(connection, TimeProvider.System).RefreshAsync(Period, full.Fingerprint, progress);
        var seconds = watch.Elapsed.TotalSeconds;
        if (!outcome.Incremental)
        {
            throw new InvalidOperationException("the refresh after the pull was not incremental: " + outcome.Reason);
        }

        await output.WriteLineAsync(JsonSerializer.Serialize(new RefreshRun(
            fullSeconds, full.RecomputedWeeks, outcome.ChangedTickets, seconds, outcome.RecomputedWeeks, Measurement.CurrentPeakBytes() / 1048576.0)));
        return 0;
    }

    // New tickets in the last week (2026-11-16 to 22) with two comments each, and open tickets of the last three weeks
    // resolved or re-prioritised: what an hourly pull brings.
    private const string PullSql =
        """
        INSERT INTO tickets (source, external_id, created_at, updated_at, first_response_at, resolved_at, status, priority, type, channel,
                             customer, reporter, subject, body, product, service, team, assignee, tags, duplicate_of, affected_versions,
                             fix_versions, time_spent_seconds, deleted, content_hash, run_id, ingested_at)
        SELECT 'pull', 'P-' || t.i, TIMESTAMP '2026-11-16 00:00:00' + to_seconds(CAST(hash(t.i) % (6 * 86400) AS BIGINT)), NULL, NULL, NULL,
               'open', b.priority, b.type, b.channel, b.customer, NULL, 'Pulled ticket ' || t.i, '', NULL, b.service, b.team, b.assignee,
               [], [], [], [], NULL, false, '', 1, $at
        FROM range($n) t(i) JOIN tickets b ON b.source = 'bench' AND b.external_id = 'B-' || t.i;
        INSERT INTO ticket_events
        SELECT t.source, t.external_id, 'c' || j, t.created_at + to_hours(1 + 3 * j), 'comment', t.assignee, NULL
        FROM tickets t, range(2) r(j) WHERE t.source = 'pull';
        UPDATE tickets SET resolved_at = created_at + INTERVAL 30 HOUR, status = 'solved', priority = 'high', ingested_at = $at
        WHERE source = 'bench' AND external_id IN (
            SELECT external_id FROM tickets
            WHERE source = 'bench' AND resolved_at IS NULL AND created_at >= TIMESTAMP '2026-11-02 00:00:00'
            ORDER BY external_id LIMIT $n);
        """;

    // Deterministic synthetic tickets over the sample's 26 weeks, spread over its services, assigned to the owning
    // team's engineers, with a mix of priorities and types, most resolved; two engineer comments each.
    private const string GenerateSql =
        """
        CREATE TEMP TABLE svc AS SELECT service, team, row_number() OVER (ORDER BY service) - 1 AS k, count(*) OVER () AS n FROM services;
        CREATE TEMP TABLE mem AS SELECT team, engineer, row_number() OVER (PARTITION BY team ORDER BY engineer) - 1 AS k, count(*) OVER (PARTITION BY team) AS n FROM team_members;
        CREATE TEMP TABLE gen AS
            SELECT i, TIMESTAMP '2026-05-25 00:00:00' + to_seconds(CAST(hash(i) % (26 * 7 * 86400) AS BIGINT)) AS created
            FROM range($n) t(i);
        INSERT INTO tickets (source, external_id, created_at, updated_at, first_response_at, resolved_at, status, priority, type, channel,
                             customer, reporter, subject, body, product, service, team, assignee, tags, duplicate_of, affected_versions,
                             fix_versions, time_spent_seconds, deleted, content_hash, run_id, ingested_at)
        SELECT 'bench', 'B-' || g.i, g.created, NULL, g.created + to_minutes(1 + g.i % 300),
               CASE WHEN g.i % 10 < 8 THEN g.created + to_hours(2 + g.i % 96) END,
               CASE WHEN g.i % 10 < 8 THEN 'solved' ELSE 'open' END,
               (['urgent', 'high', 'normal', 'normal', 'low'])[1 + g.i % 5],
               (['bug', 'question', 'incident', 'task', 'feature_request'])[1 + (g.i // 5) % 5],
               'email', 'Customer ' || (g.i % 500), NULL, 'Synthetic ticket ' || g.i, '', NULL, svc.service, svc.team, mem.engineer,
               [], [], [], [], NULL, false, '', 0, now()::TIMESTAMP
        FROM gen g
        JOIN svc ON svc.k = g.i % svc.n
        JOIN mem ON mem.team = svc.team AND mem.k = (g.i // 7) % mem.n;
        INSERT INTO ticket_events
        SELECT t.source, t.external_id, 'c' || j, t.created_at + to_hours(1 + 3 * j), 'comment', t.assignee, NULL
        FROM tickets t, range(2) r(j)
        WHERE t.source = 'bench';
        """;
}
