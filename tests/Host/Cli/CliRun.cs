using Reporting.Host.Cli;

namespace Reporting.Host.Tests.Cli;

/// <summary>Runs <c>reporting</c> in process, capturing stdout and stderr (callers belong to <see cref="ConsoleCapture"/>).</summary>
internal static class CliRun
{
    public static Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => RunAsync(TimeProvider.System, args);

    public static async Task<(int Exit, string Out, string Error)> RunAsync(TimeProvider time, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var exit = await ReportingCli.RunAsync(args, time);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
