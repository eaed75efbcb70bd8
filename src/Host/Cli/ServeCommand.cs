using System.CommandLine;
using Reporting.Host.Service;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting serve [--urls URL] [--db FILE] [config overrides such as --Smtp:Host=...]</c>: the writer process.
/// <c>reporting worker</c>: a process that only runs jobs, sharing PostgreSQL with the writer.
/// </summary>
public static class ServeCommand
{
    public static Command Build()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {ServiceHost.DefaultUrl})" };
        var db = CliOptions.Database(required: false);
        var serve = new Command("serve", "Run the service: HTTP API, Hangfire dashboard and scheduler; owns the warehouse file")
        {
            urls, db,
        };
        serve.TreatUnmatchedTokensAsErrors = false;
        serve.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var app = ServiceHost.BuildWriter(HostArguments(result, db, urls));
            await app.RunAsync(cancellationToken);
            return 0;
        }));
        return serve;
    }

    public static Command BuildWorker(TimeProvider time)
    {
        var worker = new Command("worker", "Run jobs only (render, e-mail, suggestions) from the published warehouse snapshot; needs ConnectionStrings:Hangfire");
        worker.TreatUnmatchedTokensAsErrors = false;
        worker.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            using var host = ServiceHost.BuildWorker(result.UnmatchedTokens.ToArray());
            await host.RunAsync(cancellationToken);
            return 0;
        }));
        worker.Subcommands.Add(WorkerProbeCommand.Build(time));
        return worker;
    }

    /// <summary>Options this verb knows become configuration keys; anything else passes through to the configuration stack.</summary>
    private static string[] HostArguments(ParseResult result, Option<string> db, Option<string?> urls)
    {
        var args = new List<string>(result.UnmatchedTokens);
        if (result.GetValue(db) is { } warehouse)
        {
            args.Add($"--{ReportingOptions.Section}:{nameof(ReportingOptions.Warehouse)}={warehouse}");
        }

        if (result.GetValue(urls) is { } listen)
        {
            args.Add($"--urls={listen}");
        }

        return args.ToArray();
    }
}
