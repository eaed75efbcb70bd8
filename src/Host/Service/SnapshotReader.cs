using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using Reporting.Warehouse;

namespace Reporting.Host.Service;

/// <summary>Opens the latest published warehouse snapshot read-only (what worker processes read).</summary>
public sealed class SnapshotReader(IOptions<ReportingOptions> options)
{
    public async Task<DuckDBConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var directory = options.Value.SnapshotDirectory;
        var pointer = Path.Combine(directory, SnapshotPublisher.PointerFile);
        if (!File.Exists(pointer))
        {
            throw new WarehouseUnavailableException(
                $"No warehouse snapshot in {directory} yet: the writer process (`reporting serve`) publishes one after each write cycle.");
        }

        var file = Path.Combine(directory, (await File.ReadAllTextAsync(pointer, cancellationToken)).Trim());
        var connection = new DuckDBConnection($"Data Source={file};ACCESS_MODE=READ_ONLY");
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
