using DuckDB.NET.Data;
using Reporting.Warehouse;

namespace Reporting.Testing;

/// <summary>A real DuckDB warehouse file in its own temporary folder, deleted afterwards.</summary>
public sealed class TempWarehouse : IAsyncDisposable
{
    private TempWarehouse(string directory, DuckDBConnection connection)
    {
        Directory = directory;
        Connection = connection;
    }

    public string Directory { get; }

    public string Path => System.IO.Path.Combine(Directory, "warehouse.duckdb");

    public DuckDBConnection Connection { get; private set; }

    public static async Task<TempWarehouse> CreateAsync()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reporting-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var connection = await WarehouseConnection.OpenAsync(System.IO.Path.Combine(directory, "warehouse.duckdb"));
        return new TempWarehouse(directory, connection);
    }

    /// <summary>Closes and reopens the file, as a new process would see it.</summary>
    public async Task ReopenAsync()
    {
        await Connection.DisposeAsync();
        Connection = await WarehouseConnection.OpenAsync(Path);
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped by the native library on some platforms; the temp folder is cleaned later.
        }
    }
}
