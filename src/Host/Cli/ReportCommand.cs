using System.CommandLine;
using System.Globalization;
using Reporting.Host.Application;
using Reporting.Host.Application.Capacity;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary><c>reporting report capacity --db FILE [--team NAME] [--from DATE] [--to DATE] --out FILE.pdf [--png]</c></summary>
public static class ReportCommand
{
    public static Command Build(TimeProvider time)
    {
        var db = CliOptions.Database();
        var team = new Option<string?>("--team") { Description = "One team (default: all teams, one page each)" };
        var from = new Option<DateOnly?>("--from") { Description = $"First day (default: {ReportingPeriod.DefaultWeeks} weeks before --to)" };
        var to = new Option<DateOnly?>("--to") { Description = "Last day (default: the newest ticket's day)" };
        var output = new Option<string>("--out") { Description = "The PDF file to write", Required = true };
        var png = new Option<bool>("--png") { Description = "Also write PNG previews next to the PDF" };
        var capacity = new Command("capacity", "Capacity report before planning: summary and one page per team") { db, team, from, to, output, png };
        capacity.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(result.GetValue(db)!, cancellationToken);
            var path = Path.GetFullPath(result.GetValue(output)!);
            if (!path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserInputException($"--out must name a .pdf file, not {result.GetValue(output)}");
            }

            var report = await new RenderCapacityReport(time, CliConfiguration.Masker()).RunAsync(
                connection, result.GetValue(team), result.GetValue(from), result.GetValue(to), Path.GetFileName(path), result.GetValue(png), cancellationToken);
            await report.WriteAsync(Path.GetDirectoryName(path)!, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}  {report.Pages} pages, {report.Pdf.Length / 1024.0:N0} KB"));
            return 0;
        }));
        return new Command("report", "On-demand PDF reports") { capacity };
    }
}
