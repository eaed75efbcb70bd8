using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// How often triagers took the owner the model suggested, read from their decisions alone. For each ticket routed in
/// triage, its latest accept or choose decision counts once, in the ISO week it was made and for the team of the
/// service it routed to (<c>services</c>; <see cref="Unowned"/> for a service no team owns). The decided owner was
/// the top-1 suggestion when the decision accepted it or chose the first owner shown, and within the top three when
/// it was among the three shown. A decision made while no suggestion was shown offered nothing to accept: it is
/// counted apart (<see cref="AcceptanceRow.Unsuggested"/>), not as a miss.
/// </summary>
public static class SuggestionAcceptanceQueries
{
    /// <summary>The team of a decided service that no team owns.</summary>
    public const string Unowned = "Unowned";

    /// <summary>Counts per ISO week and team for decisions made in [from, end), one team or all (null).</summary>
    public static Task<IReadOnlyList<AcceptanceRow>> WeeksAsync(
        DuckDBConnection connection, DateTime from, DateTime end, string? team, CancellationToken cancellationToken) =>
        connection.ListAsync<AcceptanceRow>(
            $"""
            SELECT CAST(date_trunc('week', d.decided_at) AS DATE) AS WeekStart, coalesce(s.team, '{Unowned}') AS Team,
                   count(*) FILTER (WHERE len(d.shown_owners) > 0) AS Decided,
                   count(*) FILTER (WHERE len(d.shown_owners) > 0 AND (d.kind = 'accept' OR d.value = d.shown_owners[1])) AS Top1,
                   count(*) FILTER (WHERE len(d.shown_owners) > 0 AND (d.kind = 'accept' OR list_contains(d.shown_owners[1:3], d.value))) AS Top3,
                   count(*) FILTER (WHERE len(d.shown_owners) = 0) AS Unsuggested
            FROM {RoutingDecisionSql.Latest} d
            JOIN tickets t ON t.source = d.source AND t.external_id = d.ticket_id AND NOT t.deleted
            LEFT JOIN services s ON s.service = d.value
            WHERE d.decided_at >= $from AND d.decided_at < $end
              AND ($team IS NULL OR coalesce(s.team, '{Unowned}') = $team)
            GROUP BY ALL
            ORDER BY WeekStart, Team
            """, new { from, end, team }, cancellationToken);

    /// <summary>The teams a decision can count for: those configured, those owning a service, and <see cref="Unowned"/>.</summary>
    public static Task<IReadOnlyList<string>> TeamsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<string>(
            $"SELECT team FROM teams UNION SELECT team FROM services UNION SELECT '{Unowned}' ORDER BY 1", cancellationToken: cancellationToken);
}

/// <summary>
/// One team's routing decisions in one ISO week (starting <see cref="WeekStart"/>, a Monday): decided with a
/// suggestion shown, the decided owner the shown top-1, within the shown top three, and decided with none shown.
/// </summary>
public sealed record AcceptanceRow(DateOnly WeekStart, string Team, long Decided, long Top1, long Top3, long Unsuggested);
