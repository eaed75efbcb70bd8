using System.CommandLine;
using Reporting.Host.Demo;

namespace Reporting.Host.Cli;

/// <summary><c>reporting demo</c>: the main job on the embedded defaults, sample data in, results out.</summary>
public static class DemoCommand
{
    public static Command Build(TimeProvider time)
    {
        var samples = new Option<string?>("--samples") { Description = "Sample company folder (default: data/samples of this checkout)" };
        var output = new Option<string>("--out")
        {
            Description = "Where the warehouse, models and PDFs go",
            DefaultValueFactory = _ => Path.Combine("out", "demo"),
        };
        var command = new Command("demo", "Run the whole product on the sample company: ingest, analyse, report") { samples, output };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var run = new DemoRun(time, Console.Out, new ConsoleProgress(), CliConfiguration.Masker());
            await run.RunAsync(SamplesLocator.Find(result.GetValue(samples)), result.GetValue(output)!, cancellationToken);
            return 0;
        }));
        return command;
    }
}
