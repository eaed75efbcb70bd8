using Reporting.Warehouse.Schema;

namespace Reporting.Warehouse.Migrations;

/// <summary>Every migration in order: the first starts at version 1, the last ends at <see cref="WarehouseSchema.Version"/>.</summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        OneSchemaMigration.Migration,
        TwoSchemaMigration.Migration,
        ThreeSchemaMigration.Migration,
        FourSchemaMigration.Migration,
        FiveSchemaMigration.Migration,
        SixSchemaMigration.Migration,
        SevenSchemaMigration.Migration,
    ];
}
