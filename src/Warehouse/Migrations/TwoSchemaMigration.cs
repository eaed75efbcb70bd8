namespace Reporting.Warehouse.Migrations;

/// <summary>2→3: capacity weeks keep the support demand beyond what the engineers asked had (overflow) and its unserved part.</summary>
internal static class TwoSchemaMigration
{
    public static SchemaMigration Migration { get; } = new(
        2,
        "capacity_weeks gains overflow_hours and unserved_hours",
        [
            "ALTER TABLE capacity_weeks ADD COLUMN IF NOT EXISTS overflow_hours DOUBLE DEFAULT 0",
            "ALTER TABLE capacity_weeks ADD COLUMN IF NOT EXISTS unserved_hours DOUBLE DEFAULT 0",
        ]);
}
