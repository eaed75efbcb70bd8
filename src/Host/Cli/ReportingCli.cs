using System.CommandLine;

namespace Reporting.Host.Cli;

/// <summary>The <c>reporting</c> command line: one verb per thing a user does.</summary>
public static class ReportingCli
{
    public static RootCommand Build(TimeProvider time)
    {
        var root = new RootCommand(
            "Reporting: turns support-ticket history into decisions for product managers and engineering leads.");
        root.Subcommands.Add(DemoCommand.Build(time));
        root.Subcommands.Add(IngestCommand.Build(time));
        root.Subcommands.Add(PullCommand.Build(time));
        root.Subcommands.Add(SamplesCommand.Build());
        root.Subcommands.Add(CapacityCommand.Build(time));
        root.Subcommands.Add(OwnersCommand.Build(time));
        root.Subcommands.Add(DuplicatesCommand.Build(time));
        root.Subcommands.Add(DigestCommand.Build(time));
        root.Subcommands.Add(ReportCommand.Build(time));
        root.Subcommands.Add(ServeCommand.Build());
        root.Subcommands.Add(ServeCommand.BuildWorker(time));
        root.Subcommands.Add(ApiKeyCommand.Build());
        return root;
    }
}
