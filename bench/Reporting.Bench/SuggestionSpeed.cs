using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DuckDB.NET.Data;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
using Reporting.Warehouse;

namespace Reporting.Bench;

/// <summary>
/// Owner suggestions on a warehouse with a trained model: what one full suggestion costs in process, stage by stage
/// (classifier with its explanation, similar-ticket search, JSON), then 50 clients over HTTP against the real
/// <c>reporting serve</c>. On 2 cores a p99 under 50 ms needs a suggestion near 0.5 ms of CPU.
/// </summary>
public static class SuggestionSpeed
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<SpeedRow>> RunAsync(string db, string directory, int clients, int seconds, TextWriter output)
    {
        List<OwnerTicket> tickets;
        Breakdown stages;
        await using (var connection = await WarehouseConnection.OpenReadOnlyAsync(db))
        {
            tickets = (await connection.ListAsync<(string Subject, string Body, string? Product, string Tags)>(
                    "SELECT subject, body, product, array_to_string(tags, ';') FROM tickets ORDER BY created_at DESC LIMIT 500"))
                .Select((r, i) => new OwnerTicket($"b{i}", DateTime.UtcNow, r.Subject, r.Body, r.Product, null, null, null,
                    r.Tags.Split(';', StringSplitOptions.RemoveEmptyEntries)))
                .ToList();
            stages = await MeasureStagesAsync(connection, OwnerModelRegistry.ForWarehouse(db), tickets);
        }

        output.WriteLine(string.Create(C, $"one suggestion in process, {tickets.Count} distinct tickets, after warm-up (ms):"));
        output.WriteLine(string.Create(C, $"  {"stage",-40} {"mean",8} {"p50",8} {"p99",8}"));
        foreach (var (name, times) in stages.Stages)
        {
            output.WriteLine(string.Create(C, $"  {name,-40} {times.Average(),8:F3} {HttpLoad.Percentile(times, 0.5),8:F3} {HttpLoad.Percentile(times, 0.99),8:F3}"));
        }

        var load = await OverHttpAsync(db, directory, tickets, clients, seconds);
        output.WriteLine(string.Create(C, $"over HTTP, {clients} clients for {seconds} s: {load.RequestsPerSecond:N0} requests/s, p50 {load.P50:F1} ms, p90 {load.P90:F1} ms, p99 {load.P99:F1} ms, {load.Errors} errors"));
        var full = stages.Stages[^1].Times;
        var classifier = stages.Stages[0].Times;
        return
        [
            new SpeedRow("one full suggestion in process (classifier, similar tickets, explanation, JSON), mean", SpeedRow.Milliseconds(full.Average()),
                SpeedRow.Milliseconds(classifier.Average()) + " (classifier with explanation)", full.Average() / classifier.Average(), "≈ 0.5 ms", full.Average() < 0.75),
            new SpeedRow(string.Create(C, $"`POST /api/owners/suggest`, {clients} clients, p99 ({load.RequestsPerSecond:N0} req/s, p50 {load.P50:F1} ms)"), SpeedRow.Milliseconds(load.P99),
                SpeedRow.Milliseconds(full.Average()) + " (one suggestion in process)", load.P99 / full.Average(), "p99 < 50 ms", load.P99 < 50 && load.Errors == 0),
        ];
    }

    private static async Task<Breakdown> MeasureStagesAsync(DuckDBConnection connection, OwnerModelRegistry registry, List<OwnerTicket> tickets)
    {
        using var similar = new SimilarTicketFinder();
        await similar.RefreshAsync(connection, CancellationToken.None);
        var suggester = OwnerSuggester.LoadCurrent(registry, similar) ?? throw new InvalidOperationException("the warehouse has no owner model");
        var names = new[] { "classifier with explanation", "similar tickets (top 3)", "JSON of the answer", "full suggestion + JSON" };
        var times = names.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < 2; round++)
        {
            // Round 0 warms up (JIT, pools); round 1 is measured.
            foreach (var ticket in tickets)
            {
                var t0 = Stopwatch.GetTimestamp();
                suggester.Classifier.Predict(ticket);
                var t1 = Stopwatch.GetTimestamp();
                await similar.SimilarToNewAsync(new DuplicateCandidate(ticket.Id, ticket.CreatedAt, ticket.Subject, ticket.Body, ticket.Product, null, [], null), 3, CancellationToken.None);
                var t2 = Stopwatch.GetTimestamp();
                var advice = await suggester.SuggestAsync(connection, ticket, CancellationToken.None);
                var t3 = Stopwatch.GetTimestamp();
                JsonSerializer.SerializeToUtf8Bytes(advice, Web);
                var t4 = Stopwatch.GetTimestamp();
                if (round == 1)
                {
                    times[0].Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
                    times[1].Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
                    times[2].Add(Stopwatch.GetElapsedTime(t3, t4).TotalMilliseconds);
                    times[3].Add(Stopwatch.GetElapsedTime(t2, t4).TotalMilliseconds);
                }
            }
        }

        return new Breakdown(names.Zip(times).ToList());
    }

    private static async Task<LoadResult> OverHttpAsync(string db, string directory, List<OwnerTicket> tickets, int clients, int seconds)
    {
        await using var server = await ServeProcess.StartAsync(db, directory, clients);
        var http = server.Http;
        Func<int, Task<HttpResponseMessage>> send = i =>
        {
            var t = tickets[i % tickets.Count];
            return http.PostAsJsonAsync("/api/owners/suggest", new { subject = t.Subject, body = t.Body, product = t.Product, tags = t.Tags });
        };
        await HttpLoad.RunAsync(send, clients, TimeSpan.FromSeconds(3)); // warm-up: JIT, index, model
        return await HttpLoad.RunAsync(send, clients, TimeSpan.FromSeconds(seconds));
    }

    private sealed record Breakdown(List<(string Name, List<double> Times)> Stages);
}
