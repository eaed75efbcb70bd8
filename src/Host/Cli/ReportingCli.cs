using System.CommandLine;

namespace Reporting.Host.Cli;

/// <summary>The <c>reporting</c> command line: one verb per thing a user does.</summary>
public static class ReportingCli
{
    /// <summary>
    /// Runs one command line. A line that does not parse (an unknown verb, a missing or malformed option) ends like
    /// every other user mistake: one <c>error:</c> line naming the problem and where to read the usage, exit 1.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TimeProvider time)
    {
        var parsed = Build(time).Parse(args);
        if (parsed.Errors.Count == 0 || IsHelpRequest(args))
        {
            return await parsed.InvokeAsync();
        }

        var verb = string.Join(' ', parsed.CommandResult.Command is RootCommand ? [] : CommandPath(parsed.CommandResult));
        // An unknown word explains a missing command: name it alone.
        var messages = parsed.Errors.Select(e => e.Message.TrimEnd('.') + ".").ToList();
        var unknown = messages.Where(m => m.StartsWith("Unrecognized", StringComparison.Ordinal)).ToList();
        await Console.Error.WriteLineAsync(
            $"error: {string.Join(" ", unknown.Count > 0 ? unknown : messages)} See `reporting {(verb.Length == 0 ? "" : verb + " ")}--help`.");
        return 1;
    }

    private static bool IsHelpRequest(string[] args) => args.Any(a => a is "--help" or "-h" or "-?" or "--version");

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new Stack<string>();
        for (System.CommandLine.Parsing.SymbolResult? r = result; r is System.CommandLine.Parsing.CommandResult c && c.Command is not RootCommand; r = r.Parent)
        {
            names.Push(c.Command.Name);
        }

        return names;
    }

    public static RootCommand Build(TimeProvider time)
    {
        var root = new RootCommand(
            "Reporting: turns support-ticket history into decisions for product managers and engineering leads.");
        root.Subcommands.Add(DemoCommand.Build(time));
        root.Subcommands.Add(IngestCommand.Build(time));
        root.Subcommands.Add(PullCommand.Build(time));
        root.Subcommands.Add(WriteBackCommand.Build(time));
        root.Subcommands.Add(NotifyCommand.Build(time));
        root.Subcommands.Add(RejectsCommand.Build());
        root.Subcommands.Add(SamplesCommand.Build());
        root.Subcommands.Add(SetupCommand.Build(time));
        root.Subcommands.Add(CapacityCommand.Build(time));
        root.Subcommands.Add(RotationCommand.Build(time));
        root.Subcommands.Add(OwnersCommand.Build(time));
        root.Subcommands.Add(PriorityCommand.Build(time));
        root.Subcommands.Add(FitCommand.Build(time));
        root.Subcommands.Add(TriageCommand.Build());
        root.Subcommands.Add(DuplicatesCommand.Build(time));
        root.Subcommands.Add(DigestCommand.Build(time));
        root.Subcommands.Add(ReportCommand.Build(time));
        root.Subcommands.Add(ServeCommand.Build());
        root.Subcommands.Add(ServeCommand.BuildWorker(time));
        root.Subcommands.Add(ApiKeyCommand.Build());
        return root;
    }
}
