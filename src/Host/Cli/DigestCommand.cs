using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Reporting.Reports.Digest;
using Reporting.Reports.Privacy;
using Reporting.Warehouse;
using Reporting.Warehouse.Calendar;

namespace Reporting.Host.Cli;

/// <summary><c>reporting digest --db FILE [--week 2026-W47] [--pm EMAIL] --out DIR [--png]</c>, and <c>digest send</c>.</summary>
public static class DigestCommand
{
    public static Command Build(TimeProvider time)
    {
        var db = CliOptions.Database();
        var week = new Option<string?>("--week") { Description = "ISO week such as 2026-W47 (default: the last complete week of data)" };
        var pm = new Option<string?>("--pm") { Description = "One product manager's e-mail (default: every PM in teams.yaml)" };
        var output = new Option<string>("--out") { Description = "Folder for the PDFs", Required = true };
        var png = new Option<bool>("--png") { Description = "Also write a PNG preview of every page" };
        var command = new Command("digest", "Render each PM's weekly digest PDF") { db, week, pm, output, png };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(result.GetValue(db)!, cancellationToken);
            var renderer = new WeeklyDigestRenderer(connection, time, TextMasker.Default);
            var digests = await RenderAsync(renderer, connection, result.GetValue(week), result.GetValue(pm), result.GetValue(png), cancellationToken);
            foreach (var (digest, seconds) in digests)
            {
                var path = await digest.Report.WriteAsync(result.GetValue(output)!, cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{path}  {digest.Report.Pages} pages, {digest.Report.Pdf.Length / 1024.0:N0} KB, {seconds:F2} s"));
            }

            return 0;
        }));
        command.Subcommands.Add(DigestSendCommand.Build(time));
        return command;
    }

    /// <summary>Renders the requested digests, timing each (the first includes computing shared figures).</summary>
    public static async Task<IReadOnlyList<(RenderedDigest Digest, double Seconds)>> RenderAsync(
        WeeklyDigestRenderer renderer, DuckDB.NET.Data.DuckDBConnection connection, string? weekText, string? pmEmail, bool previews,
        CancellationToken cancellationToken)
    {
        var week = weekText is null ? await renderer.LatestCompleteWeekAsync(cancellationToken) : IsoWeek.Parse(weekText);
        var subscriptions = pmEmail is null
            ? await DigestSubscription.LoadAllAsync(connection, cancellationToken)
            : [await DigestSubscription.FindAsync(connection, pmEmail, cancellationToken)];
        if (subscriptions.Count == 0)
        {
            throw new InvalidDataException("No product managers are configured: load a teams.yaml with product_manager entries first.");
        }

        var rendered = new List<(RenderedDigest, double)>();
        foreach (var subscription in subscriptions)
        {
            var watch = Stopwatch.StartNew();
            rendered.Add((await renderer.RenderAsync(subscription, week, previews, cancellationToken), watch.Elapsed.TotalSeconds));
        }

        return rendered;
    }
}
