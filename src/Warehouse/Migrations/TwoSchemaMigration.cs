namespace Reporting.Warehouse.Migrations;

/// <summary>2→3: capacity weeks keep the support demand beyond what the engineers asked had (overflow), its unserved part, and how the teams were found (served with stored figures).</summary>
internal static class TwoSchemaMigration
{
    public static SchemaMigration Migration { get; } = new(
        2,
        "capacity_weeks gains overflow_hours, unserved_hours, roster_note and forecast_method",
        [
            "ALTER TABLE capacity_weeks ADD COLUMN IF NOT EXISTS overflow_hours DOUBLE DEFAULT 0",
            "ALTER TABLE capacity_weeks ADD COLUMN IF NOT EXISTS unserved_hours DOUBLE DEFAULT 0",
            "ALTER TABLE capacity_weeks ADD COLUMN IF NOT EXISTS roster_note VARCHAR",
            "ALTER TABLE capacity_weeks ADD COLUMN IF NOT EXISTS forecast_method VARCHAR",
        ]);
}
