using System.Data.Common;
using DuckDB.NET.Data;
using Reporting.Warehouse.Schema;

namespace Reporting.Warehouse.Migrations;

/// <summary>
/// Brings a writable file to this build's schema: a new file gets every table at the current version; an older one
/// runs the pending migrations in order, in one transaction that also records the new version, so a failure leaves
/// the file exactly as it was; a newer one is refused.
/// </summary>
internal sealed class SchemaMigrator(IReadOnlyList<SchemaMigration> migrations, int version, IReadOnlyList<string> tables)
{
    public static SchemaMigrator Current { get; } = new(SchemaMigrations.All, WarehouseSchema.Version, WarehouseSchema.Tables);

    public async Task EnsureAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var found = await StoredSchemaVersion.ReadAsync(connection, cancellationToken);
        if (found is null)
        {
            await CreateAsync(connection, cancellationToken);
        }
        else if (found > version)
        {
            throw StoredSchemaVersion.Newer(connection.DataSource, found.Value);
        }
        else if (found < version)
        {
            await MigrateAsync(connection, found.Value, cancellationToken);
        }
    }

    private async Task CreateAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var statement in tables)
        {
            await connection.RunAsync(statement, cancellationToken: cancellationToken);
        }

        await RecordAsync(connection, version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task MigrateAsync(DuckDBConnection connection, int from, CancellationToken cancellationToken)
    {
        var path = connection.DataSource;
        var pending = Pending(path, from);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var migration in pending)
        {
            for (var i = 0; i < migration.Statements.Count; i++)
            {
                try
                {
                    await connection.RunAsync(migration.Statements[i], cancellationToken: cancellationToken);
                }
                catch (DbException ex)
                {
                    // DuckDB aborts the transaction on an error; rolling back explicitly makes "nothing changed" certain.
                    await transaction.RollbackAsync(CancellationToken.None);
                    throw new WarehouseUnavailableException(
                        $"Could not migrate the warehouse {path} from schema {from} to {version}: migration {migration} failed " +
                        $"on statement {i + 1} of {migration.Statements.Count}: {ex.Message.Trim()} The file was left unchanged at schema {from}.",
                        ex);
                }
            }
        }

        await RecordAsync(connection, version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The migrations from <paramref name="from"/> to the current version, checked to form an unbroken chain.</summary>
    private List<SchemaMigration> Pending(string path, int from)
    {
        var pending = new List<SchemaMigration>();
        for (var at = from; at < version; at++)
        {
            var step = migrations.SingleOrDefault(m => m.FromVersion == at)
                       ?? throw new WarehouseUnavailableException(
                           $"The warehouse {path} has schema {from}, and this build has no migration from schema {at} to {at + 1}.");
            pending.Add(step);
        }

        return pending;
    }

    private static Task RecordAsync(DuckDBConnection connection, int version, CancellationToken cancellationToken) =>
        connection.RunAsync("INSERT INTO schema_info VALUES ($version, now()::TIMESTAMP)", new { version }, cancellationToken);
}
