using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using Reporting.Warehouse;

namespace Reporting.Host.Service;

/// <summary>
/// Connections to the live warehouse in the writer process. One connection stays open for the process's
/// lifetime so the database instance does too; each operation opens its own cheap connection to it
/// (DuckDB connections are not thread-safe, the shared instance is).
/// </summary>
public sealed class WarehouseAccess(IOptions<ReportingOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DuckDBConnection? _anchor;

    public string Path => System.IO.Path.GetFullPath(options.Value.Warehouse);

    public async Task<DuckDBConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_anchor is null)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                if (_anchor is null)
                {
                    _anchor = await WarehouseConnection.OpenAsync(Path, cancellationToken);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        return await WarehouseConnection.OpenSharedAsync(Path, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_anchor is not null)
        {
            await _anchor.DisposeAsync();
        }

        _gate.Dispose();
    }
}
