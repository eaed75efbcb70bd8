using System.Diagnostics;
using System.Globalization;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
using Reporting.Warehouse;

namespace Reporting.Bench;

/// <summary>
/// <c>bench one-shot --db FILE</c>: where a one-shot <c>owners suggest</c> spends its time, step by step, cold (run it
/// in a fresh process, as the CLI is): opening the warehouse, loading the model, indexing the tickets, answering.
/// </summary>
public static class OneShotStages
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(BenchArguments args, TextWriter output)
    {
        var db = args.Required("db");
        var started = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        void Step(string name)
        {
            var now = started.Elapsed;
            output.WriteLine(string.Create(C, $"  {name,-36} {(now - last).TotalMilliseconds,8:F0} ms"));
            last = now;
        }

        output.WriteLine(string.Create(C, $"process start to Main: {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms"));
        await using var connection = await WarehouseConnection.OpenReadOnlyAsync(db);
        Step("open warehouse read-only");
        var registry = OwnerModelRegistry.ForWarehouse(db);
        var version = registry.CurrentVersion() ?? throw new InvalidOperationException("no owner model");
        var classifier = registry.Load(version);
        Step("load owner model");
        using var similar = new SimilarTicketFinder();
        await similar.RefreshAsync(connection, CancellationToken.None);
        Step(string.Create(C, $"index {similar.Count:N0} tickets"));
        var suggester = new OwnerSuggester(classifier, "bench", similar);
        var ticket = new OwnerTicket("new", DateTime.UtcNow, "Invoice PDF export times out", "Exporting the monthly invoice as PDF hangs.", null, null, null, null, []);
        classifier.Predict(ticket);
        Step("first prediction");
        await suggester.SuggestAsync(connection, ticket, CancellationToken.None);
        Step("first full suggestion");
        await suggester.SuggestAsync(connection, ticket, CancellationToken.None);
        Step("second full suggestion");
        output.WriteLine(string.Create(C, $"  {"total",-36} {started.Elapsed.TotalMilliseconds,8:F0} ms"));
        if (args.Number("repeat", 0) is > 0 and var repeat)
        {
            // For a profiler (perf with DOTNET_PerfMapEnabled=1): the steady state of many suggestions.
            var texts = await connection.ListAsync<(string Subject, string Body)>("SELECT subject, body FROM tickets ORDER BY created_at DESC LIMIT 500");
            for (var i = 0; i < repeat; i++)
            {
                var (s, b) = texts[i % texts.Count];
                await suggester.SuggestAsync(connection, new OwnerTicket("r", DateTime.UtcNow, s, b, null, null, null, null, []), CancellationToken.None);
            }

            Step(string.Create(C, $"{repeat:N0} suggestions"));
        }

        if (args.Flag("split"))
        {
            // Warm: the same tickets again, text preparation (in parallel) apart from adding to the index.
            var loaded = await DuplicateCandidateLoader.LoadAsync(connection, CancellationToken.None);
            Step("read tickets again");
            using var index = new SimilarityIndex();
            var prepared = index.PrepareMany(loaded.Tickets);
            Step("prepare text (parallel)");
            foreach (var p in prepared)
            {
                index.Add(p);
            }

            Step("add to index");
        }
        return 0;
    }
}
