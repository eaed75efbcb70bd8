using System.Diagnostics;
using System.Globalization;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
using Reporting.Host.Application.Triage;
using Reporting.Host.Web;
using Reporting.Reports.Privacy;
using Reporting.Warehouse;

namespace Reporting.Bench;

/// <summary>
/// <c>bench inbox [--open 5000] [--rounds 40]</c>: the triager's inbox over the demo warehouse grown to N open tickets
/// (copies of the sample's tickets with their stored suggestions, groups and some decisions), read and rendered in
/// process (the server's own work) and fetched over HTTP from the real <c>reporting serve</c> one request at a time;
/// next to one full owner suggestion in process, the unit the rest of the product is measured in.
/// </summary>
public static class InboxBenchmark
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(BenchArguments args, TextWriter output)
    {
        var open = args.Number("open", 5000);
        var rounds = args.Number("rounds", 40);
        var directory = args.Text("out") ?? Path.Combine(Path.GetTempPath(), "reporting-bench-inbox");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        output.WriteLine("running the demo on the committed sample…");
        await RunDemoAsync(directory);
        var db = Path.Combine(directory, "warehouse.duckdb");

        string team;
        long openTotal;
        var cases = new List<(string Label, InboxRequest Request, List<double> Times)>();
        List<double> suggest;
        await using (var connection = await WarehouseConnection.OpenAsync(db))
        {
            await GrowAsync(connection, open);
            openTotal = await connection.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE NOT deleted AND resolved_at IS NULL");
            team = await connection.ScalarAsync<string>(
                "SELECT team FROM tickets WHERE NOT deleted AND resolved_at IS NULL AND team IS NOT NULL GROUP BY team ORDER BY count(*) DESC LIMIT 1") ?? "";
            var lastPage = (int)Math.Ceiling(openTotal / (double)InboxRequest.DefaultPageSize);
            cases.Add(("first page", new InboxRequest(null, null, null), []));
            cases.Add(($"last page ({lastPage})", new InboxRequest(null, null, null, lastPage), []));
            cases.Add(($"team '{team}', first page", new InboxRequest(null, team, null), []));
            cases.Add(("first page of 200", new InboxRequest(null, null, null, 1, InboxRequest.MaxPageSize), []));

            var read = new ReadInbox(TextMasker.Default, TimeProvider.System);
            // The page marks each ticket with whether it fits in this rotation, as GET / does.
            using var finder = new Reporting.Analytics.Duplicates.SimilarTicketFinder();
            var fit = new Reporting.Host.Application.Tickets.EstimateTicketFit(TimeProvider.System);
            for (var round = -3; round < rounds; round++)
            {
                foreach (var (_, request, times) in cases)
                {
                    var watch = Stopwatch.StartNew();
                    var view = await read.RunAsync(connection, request, CancellationToken.None);
                    var fits = await fit.RunManyAsync(connection, finder, view.Tickets.Take(Reporting.Host.Application.Tickets.EstimateTicketFit.InboxMarkers).Select(t => t.Id).ToList(), CancellationToken.None);
                    var html = InboxHtml.Render(view, fits);
                    if (round >= 0)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }

                    GC.KeepAlive(html);
                }
            }

            suggest = await SuggestTimesAsync(connection, db);
        }

        List<double> http = [];
        await using (var server = await ServeProcess.StartAsync(db, directory, clients: 1))
        {
            for (var round = -3; round < rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await server.Http.GetAsync("/");
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || !body.Contains("data-ticket=", StringComparison.Ordinal))
                {
                    output.WriteLine($"GET / answered {(int)response.StatusCode} without an inbox table");
                    return 1;
                }

                if (round >= 0)
                {
                    http.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        output.WriteLine(string.Create(C, $"inbox over the demo warehouse with {openTotal:N0} open tickets, {rounds} rounds each; {Environment.ProcessorCount} cores"));
        output.WriteLine(string.Create(C, $"{"",-56} {"p50 ms",9} {"p90 ms",9} {"p99 ms",9}"));
        foreach (var (label, _, times) in cases)
        {
            Line(output, $"in process: read + fits + render, {label}", times);
        }

        Line(output, "HTTP GET / (first page), one client", http);
        Line(output, "in process: one full owner suggestion", suggest);
        var worst = cases.Max(c => HttpLoad.Percentile(c.Times, 0.99));
        output.WriteLine(string.Create(C,
            $"worst in-process p99 {worst:F1} ms = {worst / HttpLoad.Percentile(suggest, 0.5):F1}x one suggestion; HTTP p99 {HttpLoad.Percentile(http, 0.99):F1} ms (target: server time < 300 ms)"));
        return worst < 300 ? 0 : 1;
    }

    private static async Task RunDemoAsync(string directory)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "reporting.dll"), "demo", "--samples", SamplesFolder.Find(), "--out", directory })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"reporting demo failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }

    /// <summary>
    /// Adds open copies of the sample's tickets (newest dates, so they lead the inbox) with their stored suggestions
    /// and group memberships, and a decision on every tenth copy, until N tickets are open.
    /// </summary>
    private static async Task GrowAsync(DuckDB.NET.Data.DuckDBConnection connection, int open)
    {
        var already = await connection.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE NOT deleted AND resolved_at IS NULL");
        var missing = Math.Max(0, open - already);
        await connection.RunAsync(
            """
            CREATE TEMP TABLE bench_copies AS
            SELECT t.source, t.external_id, 'inbox-' || n AS copy_id, n,
                   (SELECT max(created_at) FROM tickets) + INTERVAL (n) MINUTE AS created
            FROM (SELECT source, external_id, row_number() OVER (ORDER BY created_at, source, external_id) AS rn FROM tickets WHERE NOT deleted) t,
                 range(1, $missing + 1) r(n)
            WHERE t.rn = (n - 1) % (SELECT count(*) FROM tickets WHERE NOT deleted) + 1
            """, new { missing });
        await connection.RunAsync(
            """
            INSERT INTO tickets
            SELECT t.* REPLACE (c.copy_id AS external_id, c.created AS created_at, c.created AS updated_at, NULL AS first_response_at,
                                NULL AS resolved_at, 'open' AS status)
            FROM tickets t JOIN bench_copies c ON c.source = t.source AND c.external_id = t.external_id
            """);
        await connection.RunAsync(
            """
            INSERT INTO owner_suggestions
            SELECT o.* REPLACE (c.copy_id AS ticket_id)
            FROM owner_suggestions o JOIN bench_copies c ON c.source = o.source AND c.external_id = o.ticket_id
            """);
        await connection.RunAsync(
            """
            INSERT INTO recurring_group_members
            SELECT m.* REPLACE (c.copy_id AS ticket_id)
            FROM recurring_group_members m JOIN bench_copies c ON c.source = m.source AND c.external_id = m.ticket_id
            """);
        await connection.RunAsync(
            """
            INSERT INTO triage_decisions
            SELECT c.source, c.copy_id, 'bench', c.created + INTERVAL 1 HOUR, 'accept', o.owners[1], o.owners[1:3], o.probabilities[1:3]
            FROM bench_copies c JOIN owner_suggestions o ON o.source = c.source AND o.ticket_id = c.copy_id
            WHERE c.n % 10 = 0 AND len(o.owners) > 0
            """);
    }

    private static async Task<List<double>> SuggestTimesAsync(DuckDB.NET.Data.DuckDBConnection connection, string db)
    {
        using var similar = new SimilarTicketFinder();
        await similar.RefreshAsync(connection, CancellationToken.None);
        var suggester = OwnerSuggester.LoadCurrent(OwnerModelRegistry.ForWarehouse(db), similar)
                        ?? throw new InvalidOperationException("the demo left no owner model");
        var texts = await connection.ListAsync<(string Subject, string Body)>(
            "SELECT subject AS Subject, body AS Body FROM tickets WHERE NOT deleted ORDER BY created_at DESC LIMIT 120");
        var times = new List<double>();
        var watch = new Stopwatch();
        for (var i = 0; i < texts.Count; i++)
        {
            var ticket = new OwnerTicket($"b{i}", DateTime.UtcNow, texts[i].Subject, texts[i].Body, null, null, null, null, []);
            watch.Restart();
            await suggester.SuggestAsync(connection, ticket, CancellationToken.None);
            if (i >= 20)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    private static void Line(TextWriter output, string label, List<double> times) =>
        output.WriteLine(string.Create(C,
            $"{label,-56} {HttpLoad.Percentile(times, 0.5),9:F2} {HttpLoad.Percentile(times, 0.9),9:F2} {HttpLoad.Percentile(times, 0.99),9:F2}"));
}
