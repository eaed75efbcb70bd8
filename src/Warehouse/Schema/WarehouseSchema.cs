namespace Reporting.Warehouse.Schema;

/// <summary>
/// The one schema of the warehouse file: every table any part of reporting reads or writes, by family. All times
/// are UTC <c>TIMESTAMP</c>s. A new file gets these tables at <see cref="Version"/>; an older file reaches it through
/// <see cref="Migrations.SchemaMigrations"/>. Changing a table here means bumping the version and adding a migration
/// (a test compares a migrated file with a new one, column by column).
/// </summary>
public static class WarehouseSchema
{
    /// <summary>
    /// 1: tickets, runs, rejects and company configuration (analytics and delivery tables were created by their
    /// writers). 2: every table created on open; digest_deliveries gained claimant and lease_until. 3: capacity_weeks
    /// gained overflow, unserved hours, roster note and forecast method. 4: triage_decisions. 5: releases gained source
    /// (pulled from a tracker). 6: rotation
    /// gained buddy. 7: webhook_deliveries. 8: write_backs, chat_notifications, group_states_seen.
    /// </summary>
    public const int Version = 8;

    /// <summary>One row per version the file reached: the version it was created at, then one per migration.</summary>
    internal const string SchemaInfo =
        """
        CREATE TABLE IF NOT EXISTS schema_info (
            version    INTEGER   NOT NULL,
            applied_at TIMESTAMP NOT NULL
        )
        """;

    /// <summary>Every table at <see cref="Version"/>, in creation order. Idempotent (IF NOT EXISTS).</summary>
    internal static IReadOnlyList<string> Tables { get; } =
    [
        SchemaInfo,
        .. IngestTables.Statements,
        .. CompanyTables.Statements,
        .. AnalyticsTables.Statements,
        .. DeliveryTables.Statements,
        .. TriageTables.Statements,
        .. WebhookTables.Statements,
        .. OutboundTables.Statements,
    ];
}
