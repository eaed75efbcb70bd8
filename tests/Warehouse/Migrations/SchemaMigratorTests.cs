using DuckDB.NET.Data;
using Reporting.Testing;
using Reporting.Warehouse.Migrations;
using Reporting.Warehouse.Schema;

namespace Reporting.Warehouse.Tests.Migrations;

/// <summary>A file written by an older reporting opens in a newer one: migrated in one transaction, or not at all.</summary>
public sealed class SchemaMigratorTests : IDisposable
{
    private readonly V1Fixture _v1 = new();

    public void Dispose() => _v1.Dispose();

    [Fact]
    public async Task The_schema_1_fixture_migrates_to_the_current_schema_and_keeps_its_data()
    {
        await using (var connection = await WarehouseConnection.OpenAsync(_v1.Path))
        {
            Assert.Equal([1, 8], await connection.ListAsync<int>("SELECT version FROM schema_info ORDER BY version"));
            Assert.Equal(V1Fixture.Tickets, await connection.ScalarAsync<long>("SELECT count(*) FROM tickets"));
            Assert.Equal(["V1-1", "V1-2", "V1-3", "V1-4", "V1-5"], await connection.ListAsync<string>("SELECT external_id FROM tickets ORDER BY 1"));
            Assert.Equal(1, await connection.ScalarAsync<long>("SELECT count(*) FROM ingest_runs"));
            Assert.Equal(5, await connection.ScalarAsync<long>("SELECT count(*) FROM support_effort"));
            Assert.Equal(
                ["digest_deliveries.claimant VARCHAR NULL", "digest_deliveries.lease_until TIMESTAMP NULL"],
                (await SchemaColumns.ListAsync(connection)).Where(c => c.Contains(".claimant ") || c.Contains(".lease_until ")));
            var record = Assert.Single(await connection.ListAsync<(string, string, string, int, string?, string?)>(
                "SELECT subscription, week, status, attempts, claimant, CAST(lease_until AS VARCHAR) FROM digest_deliveries"));
            Assert.Equal(("pm@example.com", "2026-W23", "Sent", 1, (string?)null, (string?)null), record);
        }

        // The ingest run sequence carried over: the next run gets id 2, not a second 1.
        await using var again = await WarehouseConnection.OpenAsync(_v1.Path);
        Assert.Equal(2, await again.ScalarAsync<long>("SELECT nextval('ingest_run_ids')"));
    }

    [Fact]
    public async Task A_migrated_file_has_exactly_the_schema_of_a_new_one()
    {
        var fresh = TempDirectory.Create("warehouse-fresh");
        try
        {
            await using var migrated = await WarehouseConnection.OpenAsync(_v1.Path);
            await using var created = await WarehouseConnection.OpenAsync(Path.Combine(fresh, "warehouse.duckdb"));

            var columns = await SchemaColumns.ListAsync(created);
            Assert.Equal(193, columns.Count); // 24 tables, counted from their definitions
            Assert.Equal(columns, await SchemaColumns.ListAsync(migrated));
            Assert.Equal(await Constraints(created), await Constraints(migrated));
        }
        finally
        {
            TempDirectory.Delete(fresh);
        }
    }

    [Fact]
    public async Task Opening_twice_migrates_once()
    {
        await (await WarehouseConnection.OpenAsync(_v1.Path)).DisposeAsync();
        await using var connection = await WarehouseConnection.OpenAsync(_v1.Path);

        Assert.Equal([1, 8], await connection.ListAsync<int>("SELECT version FROM schema_info ORDER BY version"));
        Assert.Equal(V1Fixture.Tickets, await connection.ScalarAsync<long>("SELECT count(*) FROM tickets"));
    }

    [Fact]
    public async Task A_schema_1_file_interrupted_before_it_recorded_its_version_is_migrated_from_1()
    {
        await using (var raw = new DuckDBConnection($"Data Source={_v1.Path}"))
        {
            await raw.OpenAsync();
            await raw.RunAsync("DELETE FROM schema_info");
        }

        await using var connection = await WarehouseConnection.OpenAsync(_v1.Path);

        Assert.Equal([8], await connection.ListAsync<int>("SELECT version FROM schema_info"));
        Assert.Contains("digest_deliveries.lease_until TIMESTAMP NULL", await SchemaColumns.ListAsync(connection));
    }

    [Fact]
    public async Task A_failing_migration_rolls_everything_back_and_says_which_step_failed_and_why()
    {
        var failing = new SchemaMigrator(
            [new SchemaMigration(1, "probe", ["CREATE TABLE probe (a INTEGER)", "ALTER TABLE no_such_table ADD COLUMN b INTEGER"])],
            2, WarehouseSchema.Tables);
        await using var connection = new DuckDBConnection($"Data Source={_v1.Path}");
        await connection.OpenAsync();

        var error = await Assert.ThrowsAsync<WarehouseUnavailableException>(() => failing.EnsureAsync(connection, CancellationToken.None));

        Assert.StartsWith(
            $"Could not migrate the warehouse {_v1.Path} from schema 1 to 2: migration 1→2 (probe) failed on statement 2 of 2: ",
            error.Message, StringComparison.Ordinal);
        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("The file was left unchanged at schema 1.", error.Message, StringComparison.Ordinal);
        Assert.Equal([1], await connection.ListAsync<int>("SELECT version FROM schema_info"));
        Assert.False(await connection.TableExistsAsync("probe"));
    }

    [Fact]
    public async Task A_missing_step_is_named()
    {
        var gap = new SchemaMigrator([new SchemaMigration(2, "later", ["SELECT 1"])], 3, WarehouseSchema.Tables);
        await using var connection = new DuckDBConnection($"Data Source={_v1.Path}");
        await connection.OpenAsync();

        var error = await Assert.ThrowsAsync<WarehouseUnavailableException>(() => gap.EnsureAsync(connection, CancellationToken.None));

        Assert.Equal($"The warehouse {_v1.Path} has schema 1, and this build has no migration from schema 1 to 2.", error.Message);
    }

    [Fact]
    public void The_migrations_form_one_chain_from_1_to_the_current_version()
    {
        Assert.Equal(Enumerable.Range(1, WarehouseSchema.Version - 1), SchemaMigrations.All.Select(m => m.FromVersion));
        Assert.Equal(WarehouseSchema.Version, SchemaMigrations.All[^1].ToVersion);
    }

    private static async Task<IReadOnlyList<string>> Constraints(DuckDBConnection connection) =>
        await connection.ListAsync<string>(
            "SELECT table_name || ' ' || constraint_text FROM duckdb_constraints() WHERE schema_name = 'main' ORDER BY 1");
}
