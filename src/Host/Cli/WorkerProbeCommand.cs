using Reporting.Warehouse;
using System.CommandLine;
using Hangfire;
using Reporting.Host.Jobs;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting worker probe --postgres CONN [--count N] [--timeout S] [--hold-ms MS] [--json]</c>: checks a
/// scaled-out deployment by enqueuing N probe jobs and waiting until every one reaches a final state, then
/// reports which servers ran them and any job that ran more than once, never ran, or failed. Exit 0 only when
/// each job succeeded and ran exactly once.
/// </summary>
public static class WorkerProbeCommand
{
    public static Command Build(TimeProvider time)
    {
        var count = new Option<int>("--count") { Description = "Probe jobs to enqueue (1–10000)", DefaultValueFactory = _ => 20 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for every job to finish (1–3600)", DefaultValueFactory = _ => 60 };
        var hold = new Option<int>("--hold-ms")
        {
            Description = $"How long each probe holds its worker before recording (0–{WorkerProbeJob.MaxHoldMilliseconds})",
            DefaultValueFactory = _ => 0,
        };
        var postgres = new Option<string>("--postgres") { Description = "PostgreSQL connection string (ConnectionStrings:Hangfire)", Required = true };
        var json = CliOptions.Json();
        var command = new Command("probe", "Enqueue probe jobs and report that each ran exactly once, and where") { count, timeout, hold, postgres, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var n = Bounded(result.GetValue(count), 1, 10_000, "--count");
            var seconds = Bounded(result.GetValue(timeout), 1, 3_600, "--timeout");
            var holdMs = Bounded(result.GetValue(hold), 0, WorkerProbeJob.MaxHoldMilliseconds, "--hold-ms");
            var probe = new WorkerProbe(result.GetValue(postgres)!, time, Console.Error);
            var report = await probe.RunAsync(n, holdMs, TimeSpan.FromSeconds(seconds), cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(report);
            }
            else
            {
                Console.WriteLine(report.Describe());
            }

            return report.ExactlyOnce ? 0 : 1;
        }));
        return command;
    }

    private static int Bounded(int value, int min, int max, string option) =>
        value >= min && value <= max ? value : throw new UserInputException($"{option} must be {min}–{max}, not {value}");
}
