namespace Reporting.Warehouse.Queries;

/// <summary>
/// Each ticket's routing as triage decided it: its latest <c>accept</c> or <c>choose</c> decision (the value is the
/// service routed to), the earlier ones being its history; two decisions in the same instant are told apart by the
/// later recorded. Shared so that the inbox, retraining and the acceptance figures read one and the same routing.
/// </summary>
internal static class RoutingDecisionSql
{
    /// <summary>A subquery: source, ticket_id, decided_at, decided_by, kind, value (the service), shown_owners; one row per decided ticket.</summary>
    public const string Latest =
        """
        (SELECT source, ticket_id, decided_at, decided_by, kind, value, shown_owners
         FROM (SELECT source, ticket_id, decided_at, decided_by, kind, value, shown_owners,
                      row_number() OVER (PARTITION BY source, ticket_id ORDER BY decided_at DESC, rowid DESC) AS n
               FROM triage_decisions WHERE kind IN ('accept', 'choose'))
         WHERE n = 1)
        """;
}
