using DuckDB.NET.Data;
using Reporting.Ingest;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary>
/// The data an evaluate verb runs on: --db FILE as it is, or --input PATH ingested into a temporary warehouse
/// (deleted afterwards) so an export can be evaluated without keeping anything.
/// </summary>
public sealed class EvaluationInput : IAsyncDisposable
{
    private readonly string? _temporaryDirectory;

    private EvaluationInput(DuckDBConnection connection, string? temporaryDirectory)
    {
        Connection = connection;
        _temporaryDirectory = temporaryDirectory;
    }

    public DuckDBConnection Connection { get; }

    public static async Task<EvaluationInput> OpenAsync(string? input, string? db, TimeProvider time, ConsoleProgress progress, CancellationToken cancellationToken)
    {
        if (input is null && db is null)
        {
            throw new UserInputException("Give --input PATH (a file or folder to ingest into a temporary warehouse) or --db FILE.");
        }

        if (input is null)
        {
            return new EvaluationInput(await WarehouseConnection.OpenExistingAsync(db!, cancellationToken), null);
        }

        var directory = Directory.CreateTempSubdirectory("reporting-evaluate-").FullName;
        DuckDBConnection? connection = null;
        try
        {
            connection = await WarehouseConnection.OpenAsync(Path.Combine(directory, "warehouse.duckdb"), cancellationToken);
            progress.Step($"ingesting {input} into a temporary warehouse");
            var summary = await new FileIngestor(connection, time, progress).IngestAsync(input, cancellationToken: cancellationToken);
            // A folder brings events and company files too: the count is of records; the tickets are counted next.
            progress.Step($"  {summary.Total.Ingested:N0} records ingested from {summary.Inputs.Count:N0} file(s), {summary.Total.Rejected:N0} rejected ({summary.Seconds:F1} s)");
            return new EvaluationInput(connection, directory);
        }
        catch
        {
            // Nothing is kept of a failed evaluation: neither the connection nor the temporary warehouse.
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        if (_temporaryDirectory is not null)
        {
            Directory.Delete(_temporaryDirectory, recursive: true);
        }
    }
}
