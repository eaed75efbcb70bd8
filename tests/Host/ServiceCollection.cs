using Reporting.Testing;

namespace Reporting.Host.Tests;

/// <summary>
/// Hangfire keeps static state, so every test that starts a server or a service runs in this one non-parallel
/// collection, which also shares one private PostgreSQL server and one small sample warehouse.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    public const string Name = "Service";
}

public sealed class ServiceFixture : IAsyncLifetime
{
    private readonly SampleWarehouse _sample = new();

    public PostgresServer Postgres { get; private set; } = null!;

    public TempWarehouse Warehouse => _sample.Warehouse;

    public async Task InitializeAsync()
    {
        await _sample.InitializeAsync();
        Postgres = await PostgresServer.StartAsync();
    }

    /// <summary>A fresh, empty database on the shared server, so tests do not see each other's jobs.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new Npgsql.NpgsqlConnection(Postgres.ConnectionString());
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return Postgres.ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        await Postgres.DisposeAsync();
        await _sample.DisposeAsync();
    }
}
