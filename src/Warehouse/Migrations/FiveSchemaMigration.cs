namespace Reporting.Warehouse.Migrations;

/// <summary>
/// 5→6: rotation gains buddy, the experienced engineer paired with a newcomer that week (NULL: none), whose hours
/// count partly as rotation. IF NOT EXISTS: step 1→2 may have created rotation from today's definition.
/// </summary>
internal static class FiveSchemaMigration
{
    public static SchemaMigration Migration { get; } = new(
        5,
        "rotation gains buddy (an experienced engineer paired with a newcomer)",
        ["ALTER TABLE rotation ADD COLUMN IF NOT EXISTS buddy VARCHAR"]);
}
