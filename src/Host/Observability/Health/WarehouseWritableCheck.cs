using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reporting.Host.Service;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Observability.Health;

/// <summary>
/// The writer can still write its warehouse: the database takes a write statement (refused in read-only mode),
/// and the folder beside it takes a new file (snapshots and models are written there). Reports the free space.
/// </summary>
public sealed class WarehouseWritableCheck(WarehouseAccess warehouse) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using (var connection = await warehouse.OpenAsync(cancellationToken))
            {
                await OperationsQueries.ProveWritableAsync(connection, cancellationToken);
            }

            var folder = Path.GetDirectoryName(warehouse.Path)!;
            var probe = Path.Combine(folder, $".health-{Environment.ProcessId}");
            await File.WriteAllBytesAsync(probe, [], cancellationToken);
            File.Delete(probe);
            var free = new DriveInfo(folder).AvailableFreeSpace;
            return HealthCheckResult.Healthy($"{warehouse.Path} is writable; {free / (1024.0 * 1024 * 1024):F1} GB free");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{warehouse.Path} cannot be written: {ex.Message}");
        }
    }
}
