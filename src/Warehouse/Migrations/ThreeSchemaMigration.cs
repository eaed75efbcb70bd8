using Reporting.Warehouse.Schema;

namespace Reporting.Warehouse.Migrations;

/// <summary>3→4: the triage workspace records each decision (accept, choose another owner, not a duplicate) in triage_decisions.</summary>
internal static class ThreeSchemaMigration
{
    /// <remarks>When a later version changes triage_decisions, copy its version-4 definition here first.</remarks>
    public static SchemaMigration Migration { get; } = new(
        3,
        "triage_decisions records the decisions made in the triage workspace",
        [TriageTables.TriageDecisions]);
}
