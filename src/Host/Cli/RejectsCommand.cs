using System.CommandLine;
using System.Globalization;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting rejects --db FILE [--run N] [--limit 50] [--csv FILE] [--json]</c>: what ingest kept aside and why,
/// and a CSV of it for fixing and ingesting again.
/// </summary>
public static class RejectsCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Build()
    {
        var db = CliOptions.Database();
        var run = new Option<long?>("--run") { Description = "Only this ingest run (default: every run)" };
        var limit = new Option<int>("--limit") { Description = $"How many to list (1–{RejectQueries.MaxRows})", DefaultValueFactory = _ => 50 };
        var csv = new Option<string?>("--csv") { Description = "Also write them all (up to the limit) to this CSV file: run, source, input, line, field, reason, raw" };
        var json = CliOptions.Json();
        var command = new Command("rejects", "List the records ingest could not read, where they were and why") { db, run, limit, csv, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var count = result.GetValue(limit);
            if (count is < 1 or > RejectQueries.MaxRows)
            {
                throw new UserInputException($"--limit must be 1–{RejectQueries.MaxRows}, not {count}");
            }

            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(result.GetValue(db)!, cancellationToken);
            var total = await RejectQueries.CountAsync(connection, result.GetValue(run), cancellationToken);
            var rejects = await RejectQueries.ListAsync(connection, result.GetValue(run), count, cancellationToken);
            if (result.GetValue(csv) is { } file)
            {
                await WriteCsvAsync(file, rejects, cancellationToken);
            }

            if (result.GetValue(json))
            {
                JsonOutput.Write(new { total, listed = rejects.Count, rejects });
                return 0;
            }

            Console.WriteLine(string.Create(C, $"{total:N0} rejected record(s){(result.GetValue(run) is { } r ? $" in run {r}" : "")}; {rejects.Count:N0} listed"));
            foreach (var reject in rejects)
            {
                Console.WriteLine(string.Create(C, $"  run {reject.Run} {reject.Input}:{reject.Line} {(reject.Field.Length == 0 ? "" : reject.Field + ": ")}{reject.Reason}"));
            }

            if (total > rejects.Count)
            {
                Console.WriteLine(string.Create(C, $"  … {total - rejects.Count:N0} more: --limit {Math.Min(total, RejectQueries.MaxRows)} lists them, --csv FILE exports them with their raw text"));
            }

            if (result.GetValue(csv) is { } written)
            {
                Console.WriteLine($"written to {Path.GetFullPath(written)}");
            }

            return 0;
        }));
        return command;
    }

    private static async Task WriteCsvAsync(string path, IReadOnlyList<StoredReject> rejects, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        await writer.WriteLineAsync("run,source,input,line,field,reason,raw");
        foreach (var r in rejects)
        {
            await writer.WriteLineAsync(string.Join(',',
                r.Run.ToString(C), Quote(r.Source), Quote(r.Input), r.Line.ToString(C), Quote(r.Field), Quote(r.Reason), Quote(r.Raw ?? "")).AsMemory(), cancellationToken);
        }
    }

    // RFC 4180: quote every text field, doubling quotes inside, so line breaks in raw text survive.
    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
