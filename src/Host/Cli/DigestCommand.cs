using System.CommandLine;
using System.Globalization;
using Reporting.Host.Application.Digests;
using Reporting.Warehouse;

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
            var digests = new RenderDigests(connection, time, CliConfiguration.Masker());
            var reported = await digests.WeekAsync(result.GetValue(week), cancellationToken);
            foreach (var (digest, seconds) in await digests.RunAsync(reported, result.GetValue(pm), result.GetValue(png), cancellationToken))
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
}
