namespace Reporting.Warehouse.Schema;

/// <summary>
/// What people decided in the triage workspace. Decisions are only ever added: the latest one for a ticket is its
/// state, the earlier ones stay as its history. Each keeps the top owners the page showed when it was made.
/// </summary>
internal static class TriageTables
{
    public const string TriageDecisions =
        """
        CREATE TABLE IF NOT EXISTS triage_decisions (
            source              VARCHAR   NOT NULL,
            ticket_id           VARCHAR   NOT NULL,
            decided_by          VARCHAR   NOT NULL,
            decided_at          TIMESTAMP NOT NULL,
            kind                VARCHAR   NOT NULL,
            value               VARCHAR   NOT NULL,
            shown_owners        VARCHAR[] NOT NULL,
            shown_probabilities DOUBLE[]  NOT NULL
        )
        """;

    public static readonly string[] Statements = [TriageDecisions];
}
