using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// What "fits in this rotation" reads: resolution times of resolved tickets (with their service, team and tracked
/// time), every ticket with its text for the time-ordered evaluation, and a team's rotation weeks.
/// </summary>
public static class ResolutionHistoryQueries
{
    /// <summary>Resolved tickets (resolved at or after creation), oldest first; the team is the ticket's or its service's.</summary>
    public static Task<IReadOnlyList<ResolvedTicket>> ResolvedAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<ResolvedTicket>(
            """
            SELECT t.external_id AS Id, t.created_at AS CreatedAt, t.resolved_at AS ResolvedAt, t.service AS Service,
                   coalesce(t.team, s.team) AS Team, t.time_spent_seconds AS TimeSpentSeconds
            FROM tickets t LEFT JOIN services s ON s.service = t.service
            WHERE NOT t.deleted AND t.resolved_at IS NOT NULL AND t.resolved_at >= t.created_at
            ORDER BY t.created_at, t.source, t.external_id
            """, cancellationToken: cancellationToken);

    /// <summary>Every ticket with its text, oldest first (open ones too: they are history nobody may use yet).</summary>
    public static Task<IReadOnlyList<HistoryTicket>> WithTextAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<HistoryTicket>(
            """
            SELECT t.external_id AS Id, t.created_at AS CreatedAt,
                   CASE WHEN t.resolved_at >= t.created_at THEN t.resolved_at END AS ResolvedAt,
                   t.subject AS Subject, t.body AS Body, t.product AS Product, t.service AS Service, coalesce(t.team, s.team) AS Team,
                   array_to_string(t.affected_versions, chr(31)) AS VersionList, coalesce(t.customer, t.reporter) AS Customer,
                   t.time_spent_seconds AS TimeSpentSeconds
            FROM tickets t LEFT JOIN services s ON s.service = t.service
            WHERE NOT t.deleted
            ORDER BY t.created_at, t.source, t.external_id
            """, cancellationToken: cancellationToken);

    /// <summary>
    /// The tickets with these external ids (one query for a whole inbox page; the first source's when several sources
    /// use an id), with their team (own or service's).
    /// </summary>
    public static Task<IReadOnlyList<FitTicketRow>> TicketsAsync(DuckDBConnection connection, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        connection.ListAsync<FitTicketRow>(
            """
            SELECT t.external_id AS Id, t.created_at AS CreatedAt, t.resolved_at AS ResolvedAt, t.service AS Service, coalesce(t.team, s.team) AS Team
            FROM tickets t LEFT JOIN services s ON s.service = t.service
            WHERE NOT t.deleted AND list_contains(string_split($ids, chr(31)), t.external_id)
            QUALIFY row_number() OVER (PARTITION BY t.external_id ORDER BY t.source) = 1
            """, new { ids = string.Join('\u001f', ids) }, cancellationToken);

    /// <summary>A team's rotation weeks starting from <paramref name="from"/>'s week on, in order.</summary>
    public static Task<IReadOnlyList<RotationWeekRow>> RotationWeeksAsync(
        DuckDBConnection connection, string team, DateTime from, CancellationToken cancellationToken) =>
        connection.ListAsync<RotationWeekRow>(
            """
            SELECT week_start AS WeekStart, engineer AS Engineer FROM rotation
            WHERE team = $team AND week_start > $from - INTERVAL 7 DAY
            ORDER BY week_start
            """, new { team, from }, cancellationToken);
}

/// <summary>A resolved ticket's times; <see cref="TimeSpentSeconds"/> when the source tracked time.</summary>
public sealed record ResolvedTicket(string Id, DateTime CreatedAt, DateTime ResolvedAt, string? Service, string? Team, long? TimeSpentSeconds);

/// <summary>A ticket with its text and, when resolved, its resolution time. Versions are joined by U+001F.</summary>
public sealed record HistoryTicket(
    string Id, DateTime CreatedAt, DateTime? ResolvedAt, string Subject, string Body, string? Product, string? Service, string? Team,
    string? VersionList, string? Customer, long? TimeSpentSeconds)
{
    public IReadOnlyList<string> Versions => string.IsNullOrEmpty(VersionList) ? [] : VersionList.Split('\u001f');
}

/// <summary>A ticket whose fit is asked for.</summary>
public sealed record FitTicketRow(string Id, DateTime CreatedAt, DateTime? ResolvedAt, string? Service, string? Team);

/// <summary>One week of a team's rotation (week_start is a Monday).</summary>
public sealed record RotationWeekRow(DateOnly WeekStart, string Engineer);
