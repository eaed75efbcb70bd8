using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Bench;

/// <summary>
/// On N synthetic tickets (default 1,000,000, two comments each): capacity for all teams against the floor, a plain
/// <c>GROUP BY team, week</c> (target: within 40×), the hourly refresh in full and after a pull of 1,000 changed tickets
/// (target: within 5×), and the snapshot the writer publishes after each write cycle
/// against a plain copy of the warehouse file. Each step in a process of its own.
/// </summary>
public static class CapacitySpeed
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static async Task<IReadOnlyList<SpeedRow>> RunAsync(string directory, int tickets)
    {
        var db = Path.Combine(directory, "capacity.duckdb");
        await CapacityBenchmark.PrepareAsync(db, tickets);
        var floor = Parse(await ChildProcess.RunAsync("run-groupby", "--db", db));
        var capacity = Parse(await ChildProcess.RunAsync("run-capacity", "--db", db));
        var refresh = JsonSerializer.Deserialize<CapacityBenchmark.RefreshRun>(await ChildProcess.RunAsync("run-capacity-refresh", "--db", db))!;
        var snapshot = Parse(await ChildProcess.RunAsync("run-snapshot", "--db", db, "--out", Path.Combine(directory, "snapshots")));
        var copy = CopySeconds(db, Path.Combine(directory, "copy.duckdb"));
        var size = new FileInfo(db).Length / 1048576.0;
        var n = tickets.ToString("N0", C);
        var floorText = SpeedRow.Seconds(floor.Seconds) + " (`GROUP BY team, week`)";
        return
        [
            new SpeedRow($"capacity, all teams, full recompute, {n} tickets ({capacity.PeakMegabytes:N0} MB peak)", SpeedRow.Seconds(capacity.Seconds), floorText,
                capacity.Seconds / floor.Seconds, "≤ 40×", capacity.Seconds <= 40 * floor.Seconds),
            new SpeedRow($"capacity refresh, full recompute as the hourly job runs it, {n} tickets", SpeedRow.Seconds(refresh.FullSeconds), floorText,
                refresh.FullSeconds / floor.Seconds, "≤ 40×", refresh.FullSeconds <= 40 * floor.Seconds),
            new SpeedRow(string.Create(C, $"capacity refresh after a pull of {refresh.ChangedTickets:N0} changed tickets, {n} tickets ({refresh.RecomputedWeeks} of {refresh.TotalWeeks} team-weeks recomputed)"),
                SpeedRow.Seconds(refresh.Seconds), floorText, refresh.Seconds / floor.Seconds, "≤ 5×", refresh.Seconds <= 5 * floor.Seconds),
            new SpeedRow(string.Create(C, $"snapshot for readers after a write cycle, {n} tickets ({size:N0} MB file)"), SpeedRow.Seconds(snapshot.Seconds),
                SpeedRow.Seconds(copy) + " (copying the file)", snapshot.Seconds / copy, "proportional to the change", false),
        ];
    }

    /// <summary><c>run-snapshot --db FILE --out DIR</c>: one snapshot as the writer publishes it.</summary>
    public static async Task<int> SnapshotAsync(BenchArguments args, TextWriter output)
    {
        var db = args.Required("db");
        await using var connection = await WarehouseConnection.OpenAsync(db);
        var publisher = new SnapshotPublisher(
            Options.Create(new ReportingOptions { Warehouse = db, Snapshots = args.Required("out") }), TimeProvider.System, NullLogger<SnapshotPublisher>.Instance);
        var watch = Stopwatch.StartNew();
        await publisher.PublishAsync(connection, CancellationToken.None);
        await output.WriteLineAsync(JsonSerializer.Serialize(new CapacityBenchmark.Run(watch.Elapsed.TotalSeconds, 1, Measurement.CurrentPeakBytes() / 1048576.0)));
        return 0;
    }

    private static double CopySeconds(string from, string to)
    {
        var watch = Stopwatch.StartNew();
        File.Copy(from, to, overwrite: true);
        var seconds = watch.Elapsed.TotalSeconds;
        File.Delete(to);
        return seconds;
    }

    private static CapacityBenchmark.Run Parse(string json) => JsonSerializer.Deserialize<CapacityBenchmark.Run>(json)!;
}
