using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary>
/// Runs a verb and turns the failures a user can fix (bad input, a missing or locked file) into one
/// clear line on stderr and exit code 1, instead of a stack trace.
/// </summary>
public static class CliAction
{
    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is UserInputException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException
                                       or FormatException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException)
        {
            // An unreachable or refusing PostgreSQL is the operator's to fix: say which, in one line.
            await Console.Error.WriteLineAsync($"error: PostgreSQL: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is DuckDB.NET.Data.DuckDBException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("REPORTING_DEBUG") is null)
        {
            // Anything else is a bug: say so in one line, and how to get the details for a report.
            await Console.Error.WriteLineAsync($"error: unexpected {ex.GetType().Name}: {ex.Message} (set REPORTING_DEBUG=1 for the stack trace)");
            return 70;
        }
    }
}
