using System.CommandLine;
using System.Globalization;
using Reporting.Samples;

namespace Reporting.Host.Cli;

/// <summary><c>reporting samples generate --seed N --weeks W --out DIR [--last-sunday DATE]</c></summary>
public static class SamplesCommand
{
    public static Command Build()
    {
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed writes byte-identical files", DefaultValueFactory = _ => 42 };
        var weeks = new Option<int>("--weeks") { Description = "ISO weeks of history", DefaultValueFactory = _ => 26 };
        var output = new Option<string>("--out") { Description = "Folder to write into", Required = true };
        var lastSunday = new Option<DateOnly?>("--last-sunday")
        {
            Description = "Sunday ending the last week (default 2026-11-22, the committed sample's)",
        };
        var generate = new Command("generate", "Write a deterministic sample company: teams.yaml, rotation, releases, absences, tickets, events")
        {
            seed, weeks, output, lastSunday,
        };
        generate.SetAction((result, _) => CliAction.RunAsync(() =>
        {
            var options = new SampleOptions(result.GetValue(seed), result.GetValue(weeks), result.GetValue(lastSunday) ?? default);
            var summary = SampleCompanyGenerator.Generate(options, result.GetValue(output)!);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"Wrote a sample company to {Path.GetFullPath(result.GetValue(output)!)}:"));
            foreach (var file in summary.Files)
            {
                Console.WriteLine(string.Create(c, $"  {file.Name,-14} {file.Bytes,12:N0} bytes"));
            }

            Console.WriteLine(string.Create(c, $"  {summary.MalformedRows.Count} deliberately malformed ticket rows (lines {string.Join(", ", summary.MalformedRows.Select(r => r.Line))})"));
            return Task.FromResult(0);
        }));

        return new Command("samples", "The sample company used by the demo and the tests") { generate };
    }
}
