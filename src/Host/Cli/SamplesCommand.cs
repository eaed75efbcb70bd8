using System.CommandLine;

namespace Reporting.Host.Cli;

/// <summary><c>reporting samples generate --seed N --weeks W --out DIR</c></summary>
public static class SamplesCommand
{
    public static Command Build()
    {
        var command = new Command("samples", "The sample company used by the demo and the tests");
        return command;
    }
}
