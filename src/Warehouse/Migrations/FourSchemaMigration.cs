namespace Reporting.Warehouse.Migrations;

/// <summary>
/// 4→5: releases gain source, the Jira or GitHub source a release was pulled from (NULL: releases.csv), so a pull replaces
/// only its own releases. IF NOT EXISTS: step 1→2 creates a missing releases table from today's definition, source included.
/// </summary>
internal static class FourSchemaMigration
{
    public static SchemaMigration Migration { get; } = new(
        4,
        "releases gain source (the tracker a release was pulled from)",
        ["ALTER TABLE releases ADD COLUMN IF NOT EXISTS source VARCHAR"]);
}
