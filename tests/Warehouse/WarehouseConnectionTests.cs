using DuckDB.NET.Data;
using Reporting.Testing;

namespace Reporting.Warehouse.Tests;

/// <summary>Opening the warehouse file: a new file, a file from a newer reporting, and read-only opens.</summary>
public sealed class WarehouseConnectionTests : IDisposable
{
    private static readonly string[] Tables =
    [
        "absences", "capacity_weeks", "chat_notifications", "digest_deliveries", "group_states_seen", "ingest_runs", "owner_suggestions", "recurring_group_members",
        "recurring_groups", "rejects", "release_tails", "releases", "rotation", "schema_info", "services", "sources",
        "support_effort", "team_members", "teams", "ticket_events", "tickets", "triage_decisions", "webhook_deliveries", "write_backs",
    ];

    private readonly string _directory = TempDirectory.Create("warehouse");

    private string Db => Path.Combine(_directory, "warehouse.duckdb");

    public void Dispose() => TempDirectory.Delete(_directory);

    [Fact]
    public async Task A_new_file_gets_every_table_at_the_current_schema()
    {
        await using var connection = await WarehouseConnection.OpenAsync(Db);

        Assert.Equal(Tables, await connection.ListAsync<string>("SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1"));
        Assert.Equal([8], await connection.ListAsync<int>("SELECT version FROM schema_info"));
    }

    [Fact]
    public async Task A_file_from_a_newer_version_is_refused_naming_both_versions()
    {
        await using (var connection = await WarehouseConnection.OpenAsync(Db))
        {
            await connection.RunAsync("INSERT INTO schema_info VALUES (99, now()::TIMESTAMP)");
        }

        var expected = $"The warehouse {Db} was written by a newer version of reporting (schema 99); this build knows schema {Reporting.Warehouse.Schema.WarehouseSchema.Version} at most. " +
                       "Use that newer reporting, or point --db at another file.";
        Assert.Equal(expected, (await Assert.ThrowsAsync<WarehouseUnavailableException>(() => WarehouseConnection.OpenAsync(Db))).Message);
        Assert.Equal(expected, (await Assert.ThrowsAsync<WarehouseUnavailableException>(() => WarehouseConnection.OpenReadOnlyAsync(Db))).Message);
        Assert.Equal([Reporting.Warehouse.Schema.WarehouseSchema.Version, 99], await VersionsAsync(Db));
    }

    [Fact]
    public async Task Read_only_open_reads_a_current_file_and_cannot_write_it()
    {
        await (await WarehouseConnection.OpenAsync(Db)).DisposeAsync();

        await using var connection = await WarehouseConnection.OpenReadOnlyAsync(Db);

        Assert.Equal(0, await connection.ScalarAsync<long>("SELECT count(*) FROM tickets"));
        var error = await Assert.ThrowsAsync<DuckDBException>(() => connection.RunAsync("DELETE FROM schema_info"));
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        await connection.RunAsync("CREATE TEMP TABLE scratch AS SELECT 1 AS one");
        Assert.Equal(1, await connection.ScalarAsync<int>("SELECT one FROM scratch"));
    }

    [Fact]
    public async Task Read_only_open_refuses_an_older_file_and_leaves_it_as_it_was()
    {
        using var v1 = new V1Fixture();

        var error = await Assert.ThrowsAsync<WarehouseUnavailableException>(() => WarehouseConnection.OpenReadOnlyAsync(v1.Path));

        Assert.StartsWith($"The warehouse {v1.Path} has schema 1, older than this build's schema {Reporting.Warehouse.Schema.WarehouseSchema.Version}, and a read-only command does not migrate it.",
            error.Message, StringComparison.Ordinal);
        Assert.Equal([1], await VersionsAsync(v1.Path));
    }

    [Fact]
    public async Task Read_only_open_refuses_a_missing_file_and_a_file_that_is_not_a_warehouse()
    {
        var missing = await Assert.ThrowsAsync<WarehouseUnavailableException>(() => WarehouseConnection.OpenReadOnlyAsync(Db));
        Assert.StartsWith($"No warehouse at {Db}.", missing.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));

        await using (var other = new DuckDBConnection($"Data Source={Db}"))
        {
            await other.OpenAsync();
            await other.RunAsync("CREATE TABLE unrelated (a INTEGER)");
        }

        var foreign = await Assert.ThrowsAsync<WarehouseUnavailableException>(() => WarehouseConnection.OpenReadOnlyAsync(Db));
        Assert.StartsWith($"{Db} is not a reporting warehouse (it has no schema_info table).", foreign.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<int>> VersionsAsync(string path)
    {
        await using var raw = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        await raw.OpenAsync();
        return await raw.ListAsync<int>("SELECT version FROM schema_info ORDER BY version");
    }
}
