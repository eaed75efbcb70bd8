using System.CommandLine;

namespace Reporting.Host.Cli;

/// <summary><c>reporting digest send --week … [--pm …] [--dry-run] [--force]</c>: a manual run of the weekly e-mail.</summary>
public static class DigestSendCommand
{
    public static Command Build(TimeProvider time)
    {
        var command = new Command("send", "E-mail the weekly digests now (exactly once per PM and week unless --force)");
        _ = time;
        return command;
    }
}
