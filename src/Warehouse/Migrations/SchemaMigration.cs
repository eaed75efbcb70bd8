namespace Reporting.Warehouse.Migrations;

/// <summary>
/// One step of the schema from <see cref="FromVersion"/> to the next version. Its statements run in order, inside
/// the one transaction that migrates a file, so they need not be idempotent (but may be).
/// </summary>
public sealed record SchemaMigration(int FromVersion, string Description, IReadOnlyList<string> Statements)
{
    public int ToVersion => FromVersion + 1;

    /// <summary>How messages name it: "1→2 (description)".</summary>
    public override string ToString() => $"{FromVersion}→{ToVersion} ({Description})";
}
