using DuckDB.NET.Data;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary>Fills in a period the user left open: up to the newest ticket, twelve weeks back.</summary>
public static class CliPeriod
{
    public const int DefaultWeeks = 12;

    public static async Task<(DateOnly From, DateOnly To)> ResolveAsync(
        DuckDBConnection connection, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (to is null)
        {
            var newest = await connection.ScalarAsync<DateTime?>("SELECT max(created_at) FROM tickets WHERE NOT deleted", cancellationToken: cancellationToken)
                ?? throw new InvalidDataException("The warehouse has no tickets yet: ingest some first (`reporting ingest PATH --db FILE`).");
            to = DateOnly.FromDateTime(newest);
        }

        return (from ?? to.Value.AddDays(-7 * DefaultWeeks + 1), to.Value);
    }
}
