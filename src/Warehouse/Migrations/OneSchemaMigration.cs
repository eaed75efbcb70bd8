using Reporting.Warehouse.Schema;

namespace Reporting.Warehouse.Migrations;

/// <summary>
/// 1→2: a version-1 file holds the ingest and company tables, and only those analytics and delivery tables its
/// writers happened to create; digest_deliveries lacks the claim columns.
/// </summary>
internal static class OneSchemaMigration
{
    /// <remarks>
    /// Creating the missing tables reuses today's definitions, which are version 2's. When a later version changes
    /// one of these tables, copy its version-2 definition here first, so this step keeps meaning version 2.
    /// </remarks>
    public static SchemaMigration Migration { get; } = new(
        1,
        "create every missing table; digest_deliveries gains claimant and lease_until",
        [
            .. IngestTables.Statements,
            .. CompanyTables.Statements,
            .. AnalyticsTables.Statements,
            DeliveryTables.DigestDeliveries,
            "ALTER TABLE digest_deliveries ADD COLUMN IF NOT EXISTS claimant VARCHAR",
            "ALTER TABLE digest_deliveries ADD COLUMN IF NOT EXISTS lease_until TIMESTAMP",
        ]);
}
