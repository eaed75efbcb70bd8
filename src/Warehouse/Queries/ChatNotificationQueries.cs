using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// Chat notifications: the record of each one per channel (claimed before it is sent, so it is sent once), what a
/// Monday hand-over reports per team, and which recurring groups changed state since the notifier last looked.
/// </summary>
public static class ChatNotificationQueries
{
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";

    public const int MaxRecords = 1000;

    /// <summary>True when this notification was never recorded for this channel (or, with <paramref name="retryFailed"/>, had failed).</summary>
    public static async Task<bool> ClaimAsync(
        DuckDBConnection connection, string notification, string channel, string kind, bool retryFailed, DateTime now, CancellationToken cancellationToken) =>
        await connection.RunAsync(
            $"""
            INSERT INTO chat_notifications (notification, channel, kind, status, attempts, detail, updated_at)
            VALUES ($notification, $channel, $kind, '{Sending}', 0, NULL, $now)
            ON CONFLICT DO {(retryFailed ? $"UPDATE SET status = '{Sending}', detail = NULL, updated_at = $now WHERE chat_notifications.status = '{Failed}'" : "NOTHING")}
            """,
            new { notification, channel, kind, now }, cancellationToken) == 1;

    public static Task<int> MarkAsync(
        DuckDBConnection connection, string notification, string channel, string status, int attempts, string? detail, DateTime now,
        CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            UPDATE chat_notifications SET status = $status, attempts = attempts + $attempts, detail = $detail, updated_at = $now
            WHERE notification = $notification AND channel = $channel
            """,
            new { notification, channel, status, attempts, detail, now }, cancellationToken);

    /// <summary>Whether a notification is already recorded for a channel, whatever its status (a dry run asks this).</summary>
    public static async Task<bool> RecordedAsync(DuckDBConnection connection, string notification, string channel, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>(
            "SELECT count(*) FROM chat_notifications WHERE notification = $notification AND channel = $channel",
            new { notification, channel }, cancellationToken) > 0;

    public static Task<IReadOnlyList<ChatNotificationRecord>> RecordsAsync(DuckDBConnection connection, int limit, CancellationToken cancellationToken) =>
        connection.ListAsync<ChatNotificationRecord>(
            """
            SELECT notification AS Notification, channel AS Channel, kind AS Kind, status AS Status, attempts AS Attempts, detail AS Detail,
                   updated_at AS UpdatedAt
            FROM chat_notifications ORDER BY updated_at DESC, notification, channel LIMIT $limit
            """, new { limit = Math.Clamp(limit, 1, MaxRecords) }, cancellationToken);

    /// <summary>
    /// Each team with who is on rotation the week starting <paramref name="weekStart"/> (and their buddy), and its open
    /// backlog: unresolved tickets of the team or of one of its services.
    /// </summary>
    public static Task<IReadOnlyList<TeamHandover>> HandoversAsync(DuckDBConnection connection, DateOnly weekStart, CancellationToken cancellationToken) =>
        connection.ListAsync<TeamHandover>(
            """
            WITH open AS (
                SELECT coalesce(t.team, s.team) AS team, count(*) AS n
                FROM tickets t LEFT JOIN services s ON s.service = t.service
                WHERE NOT t.deleted AND t.resolved_at IS NULL
                GROUP BY 1
            )
            SELECT tm.team AS Team, r.engineer AS Engineer, r.buddy AS Buddy, coalesce(o.n, 0) AS OpenTickets
            FROM teams tm
            LEFT JOIN rotation r ON r.team = tm.team AND r.week_start = $weekStart
            LEFT JOIN open o ON o.team = tm.team
            ORDER BY tm.team
            """, new { weekStart = weekStart.ToDateTime(TimeOnly.MinValue) }, cancellationToken);

    /// <summary>Recurring groups whose state differs from the one last seen (every group the first time), with what was seen before.</summary>
    public static Task<IReadOnlyList<GroupStateChange>> GroupStateChangesAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<GroupStateChange>(
            """
            SELECT g.group_id AS Id, g.label AS Label, g.team AS Team, g.service AS Service, g.tickets AS Tickets, g.customers AS Customers,
                   g.state AS State, s.state AS PreviousState, s.seen_at AS PreviousSeenAt
            FROM recurring_groups g LEFT JOIN group_states_seen s ON s.group_id = g.group_id
            WHERE s.state IS DISTINCT FROM g.state
            ORDER BY g.tickets DESC, g.group_id
            """, cancellationToken: cancellationToken);

    /// <summary>Remembers one group's current state as seen.</summary>
    public static Task<int> SeeAsync(DuckDBConnection connection, string groupId, string state, DateTime now, CancellationToken cancellationToken) =>
        connection.RunAsync(
            "INSERT OR REPLACE INTO group_states_seen (group_id, state, seen_at) VALUES ($groupId, $state, $now)",
            new { groupId, state, now }, cancellationToken);
}

/// <summary>One recorded notification on one channel.</summary>
public sealed record ChatNotificationRecord(
    string Notification, string Channel, string Kind, string Status, int Attempts, string? Detail, DateTime UpdatedAt);

/// <summary>A team's rotation for the week and its open backlog.</summary>
public sealed record TeamHandover(string Team, string? Engineer, string? Buddy, long OpenTickets);

/// <summary>A recurring group whose state changed since it was last seen (PreviousState null: never seen).</summary>
public sealed record GroupStateChange(
    string Id, string Label, string? Team, string? Service, long Tickets, long Customers, string State, string? PreviousState, DateTime? PreviousSeenAt);
