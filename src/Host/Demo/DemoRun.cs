using System.Diagnostics;
using System.Globalization;
using Reporting.Analytics.Capacity;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
using Reporting.Host.Cli;
using Reporting.Ingest;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;
using Reporting.Host.Application;
using Reporting.Host.Application.Capacity;
using Reporting.Host.Application.Digests;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Demo;

/// <summary>
/// The main job end to end on a fresh warehouse: ingest the sample company, compute capacity, and render every
/// PM's digest and the all-teams capacity report, printing what each step produced and where.
/// </summary>
public sealed class DemoRun(TimeProvider time, TextWriter output, ConsoleProgress progress, TextMasker masker)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public async Task RunAsync(string samplesDir, string outDir, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        Directory.CreateDirectory(outDir);
        var db = Path.Combine(outDir, "warehouse.duckdb");
        foreach (var stale in new[] { db, db + ".wal" })
        {
            File.Delete(stale);
        }

        var models = Path.Combine(outDir, "models");
        if (Directory.Exists(models))
        {
            Directory.Delete(models, recursive: true);
        }

        output.WriteLine($"Reporting demo: sample company {Path.GetFullPath(samplesDir)}");
        output.WriteLine($"[1/5] Ingest into {db}");
        await using var connection = await WarehouseConnection.OpenAsync(db, cancellationToken);
        var summary = await new FileIngestor(connection, time, progress).IngestAsync(samplesDir, "samples", cancellationToken);
        IngestReport.WriteText(summary, output);

        var step = Stopwatch.StartNew();
        var digests = new RenderDigests(connection, time, masker);
        var week = await digests.WeekAsync(null, cancellationToken);
        var period = ReportingPeriod.EndingOn(week.Sunday);
        output.WriteLine();
        output.WriteLine($"[2/5] Capacity per team in {week} (computed for the {ReportingPeriod.DefaultWeeks} weeks to it, with a 2-week forecast)");
        var capacity = await new ComputeCapacity(time).RunAsync(connection, new CapacityRequest(null, period.From, period.To, Store: true), cancellationToken);
        WriteCapacity(capacity.Result, week);
        output.WriteLine(string.Create(C, $"  stored in capacity_weeks, support_effort and release_tails ({step.Elapsed.TotalSeconds:F1} s)"));

        output.WriteLine();
        var cutoff = week.AddWeeks(-3).Monday;
        output.WriteLine($"[3/5] Suggested owners: a model trained on tickets before {cutoff:yyyy-MM-dd}, replayed on the 4 weeks since");
        var registry = OwnerModelRegistry.ForWarehouse(db);
        var training = await new OwnerTraining(connection, registry).RunAsync(createdBefore: cutoff.ToDateTime(TimeOnly.MinValue), progress: progress, cancellationToken: cancellationToken);
        var m = training.Evaluation.Metrics;
        output.WriteLine(string.Create(C,
            $"  {training.Model.Name}: held-out top-1 {m.Top1:F3}, top-3 {m.Top3:F3}, macro-F1 {m.MacroF1:F3}; answers {m.Coverage:P0} of tickets ({m.AccuracyAtCoverage:P0} right), abstains on the rest ({training.TrainingSeconds:F1} s)"));
        using var similar = new SimilarTicketFinder();
        var suggester = OwnerSuggester.LoadCurrent(registry, similar)!;
        var recorded = await new OwnerSuggestionRecorder(connection, time).RecordAsync(suggester.Classifier, suggester.ModelVersion, cutoff.ToDateTime(TimeOnly.MinValue), cancellationToken);
        output.WriteLine(string.Create(C, $"  suggestions stored for {recorded:N0} tickets as they arrived (owner_suggestions); the capacity report's appendix says how often they matched"));
        await similar.RefreshAsync(connection, cancellationToken);
        var newest = await TicketQueries.NewestOwnedAsync(connection, cancellationToken)
                     ?? throw new InvalidDataException("The sample has no ticket with an owning service.");
        var example = await suggester.SuggestAsync(connection,
            new OwnerTicket(newest.Id, newest.Created, newest.Subject, newest.Body, null, newest.Channel, newest.Priority, newest.Type, newest.Tags),
            cancellationToken);
        output.WriteLine(string.Create(C,
            $"  e.g. the newest ticket {newest.Id} \"{masker.Mask(newest.Subject)}\" → {string.Join(", ", example.Suggestions.Select(x => $"{x.Service} {x.Probability:P0}"))}{(example.Abstained ? " (needs human triage)" : "")}; its owner: {newest.Service}"));

        output.WriteLine();
        output.WriteLine("[4/5] Recurring bugs: near-duplicate tickets grouped");
        var groups = await new RecurringBugAnalysis(connection, time).ClusterAsync(progress, cancellationToken);
        output.WriteLine(string.Create(C,
            $"  {groups.Groups:N0} groups hold {groups.GroupedTickets:N0} of {groups.Tickets:N0} tickets ({groups.Seconds:F1} s): {string.Join(", ", groups.States.OrderBy(s => s.Key).Select(s => $"{s.Value} {s.Key}"))}"));

        output.WriteLine();
        output.WriteLine($"[5/5] Reports into {Path.GetFullPath(outDir)}");
        foreach (var (digest, seconds) in await digests.RunAsync(week, null, false, cancellationToken))
        {
            var path = await digest.Report.WriteAsync(Path.Combine(outDir, "digests"), cancellationToken);
            output.WriteLine(string.Create(C, $"  {Path.GetRelativePath(outDir, path),-58} {digest.Report.Pages} pages {digest.Report.Pdf.Length / 1024.0,5:N0} KB {seconds,5:F2} s  for {digest.Data.Subscription.PmName}"));
        }

        var report = await new RenderCapacityReport(time, masker).RunAsync(
            connection, null, period.From, period.To, RenderCapacityReport.DefaultFileName, false, cancellationToken);
        await report.WriteAsync(outDir, cancellationToken);
        output.WriteLine(string.Create(C, $"  {"capacity-report.pdf",-58} {report.Pages} pages {report.Pdf.Length / 1024.0,5:N0} KB"));

        output.WriteLine();
        output.WriteLine(string.Create(C, $"Demo finished in {total.Elapsed.TotalSeconds:F1} s. Output: {Path.GetFullPath(outDir)}"));
    }

    private void WriteCapacity(CapacityResult capacity, IsoWeek week)
    {
        output.WriteLine($"  {capacity.RosterNote}");
        output.WriteLine($"  {capacity.Effort.Note}");
        output.WriteLine(string.Create(C, $"  {"team",-16} {"hours",7} {"support",8} {"on rota",8} {"teammates",9} {"overflow",8} {"left for planned",17} {"next week (80% range)",24}"));
        foreach (var team in capacity.Weeks.GroupBy(w => w.Team))
        {
            var w = team.Single(x => x.Week == week.ToString());
            var next = team.FirstOrDefault(x => x.Forecast);
            var forecast = next is null ? "" : string.Create(C, $"{next.EffectiveHours:F0} h ({next.EffectiveLow:F0}–{next.EffectiveHigh:F0})");
            output.WriteLine(string.Create(C,
                $"  {team.Key,-16} {w.NominalHours,6:F0}h {w.SupportHours,7:F0}h {w.AbsorbedHours,7:F0}h {w.LeakedHours,8:F0}h {w.OverflowHours,7:F0}h {w.EffectiveHours,10:F0}h {w.EffectiveShare,4:P0} {forecast,24}"));
        }
    }
}
