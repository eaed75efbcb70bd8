using Reporting.Warehouse;

namespace Reporting.Bench;

/// <summary>
/// The demo on the sample company (target: under 35 s on 2 cores), then one-shot CLI answers on the warehouse it
/// built (target: under 1.5 s each), beside the floor of any one-shot answer: <c>reporting --version</c>
/// (starting the runtime and parsing the command line).
/// </summary>
public static class DemoAndCliSpeed
{
    public static async Task<(string Warehouse, IReadOnlyList<SpeedRow> Rows)> RunAsync(string directory, int runs)
    {
        var demo = Path.Combine(directory, "demo");
        var samples = SamplesFolder.Find();
        var demoSeconds = await ReportingRun.SecondsAsync(directory, "demo", "--samples", samples, "--out", demo);
        var db = Path.Combine(demo, "warehouse.duckdb");
        var ticket = await NewestTicketAsync(db);

        var floor = await ReportingRun.MedianSecondsAsync(runs, directory, "--version");
        var suggest = await ReportingRun.MedianSecondsAsync(runs, directory, "owners", "suggest", "--db", db,
            "--subject", "Invoice PDF export times out", "--body", "Exporting the monthly invoice as PDF hangs and then fails with a timeout.");
        var similar = await ReportingRun.MedianSecondsAsync(runs, directory, "duplicates", "similar", "--db", db, "--id", ticket, "--top", "3");
        var processFloor = SpeedRow.Seconds(floor) + " (`reporting --version`)";
        return (db,
        [
            new SpeedRow("demo on the sample company", SpeedRow.Seconds(demoSeconds), "", null, "< 35 s", demoSeconds < 35),
            new SpeedRow($"one-shot `owners suggest` on the demo warehouse (median of {runs})", SpeedRow.Seconds(suggest), processFloor, suggest / floor, "< 1.5 s", suggest < 1.5),
            new SpeedRow($"one-shot `duplicates similar` on the demo warehouse (median of {runs})", SpeedRow.Seconds(similar), processFloor, similar / floor, "< 1.5 s", similar < 1.5),
        ]);
    }

    private static async Task<string> NewestTicketAsync(string db)
    {
        await using var connection = await WarehouseConnection.OpenReadOnlyAsync(db);
        return await connection.ScalarAsync<string>("SELECT external_id FROM tickets ORDER BY created_at DESC LIMIT 1")
               ?? throw new InvalidOperationException("the demo warehouse has no tickets");
    }
}
