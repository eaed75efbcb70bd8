namespace Reporting.Warehouse.Queries;

/// <summary>
/// Each ticket's routing as triage decided it: its latest <c>accept</c> or <c>choose</c> decision (the value is the
/// service routed to), the earlier ones being its history. Shared so that retraining and the acceptance figures
/// read one and the same routing.
/// </summary>
internal static class RoutingDecisionSql
{
    /// <summary>A subquery: source, ticket_id, decided_at, kind, value (the service), shown_owners; one row per decided ticket.</summary>
    public const string Latest =
        """
        (SELECT source, ticket_id, decided_at, kind, value, shown_owners
         FROM (SELECT source, ticket_id, decided_at, kind, value, shown_owners,
                      row_number() OVER (PARTITION BY source, ticket_id ORDER BY decided_at DESC) AS n
               FROM triage_decisions WHERE kind IN ('accept', 'choose'))
         WHERE n = 1)
        """;
}
