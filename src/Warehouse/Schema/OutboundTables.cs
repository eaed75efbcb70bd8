namespace Reporting.Warehouse.Schema;

/// <summary>
/// What the service sent out of the warehouse, so nothing is sent twice, across restarts. write_backs: one row per
/// ticket, decision and action (a note or comment, a tag or label) written back to the ticket's own system.
/// chat_notifications: one row per notification key and chat channel. group_states_seen: the state each recurring group
/// had when the notifier last looked, so a group turning growing or regressed is told once per turn.
/// Status: sending (claimed; if the process dies now the outcome is unknown and it is not repeated), written or sent,
/// failed (attempts used up; detail says why).
/// </summary>
internal static class OutboundTables
{
    public const string WriteBacks =
        """
        CREATE TABLE IF NOT EXISTS write_backs (
            source     VARCHAR   NOT NULL,
            ticket_id  VARCHAR   NOT NULL,
            decision   VARCHAR   NOT NULL,
            action     VARCHAR   NOT NULL,
            status     VARCHAR   NOT NULL,
            attempts   INTEGER   NOT NULL,
            detail     VARCHAR,
            updated_at TIMESTAMP NOT NULL,
            PRIMARY KEY (source, ticket_id, decision, action)
        )
        """;

    public const string ChatNotifications =
        """
        CREATE TABLE IF NOT EXISTS chat_notifications (
            notification VARCHAR   NOT NULL,
            channel      VARCHAR   NOT NULL,
            kind         VARCHAR   NOT NULL,
            status       VARCHAR   NOT NULL,
            attempts     INTEGER   NOT NULL,
            detail       VARCHAR,
            updated_at   TIMESTAMP NOT NULL,
            PRIMARY KEY (notification, channel)
        )
        """;

    public const string GroupStatesSeen =
        """
        CREATE TABLE IF NOT EXISTS group_states_seen (
            group_id VARCHAR   PRIMARY KEY,
            state    VARCHAR   NOT NULL,
            seen_at  TIMESTAMP NOT NULL
        )
        """;

    public static readonly string[] Statements = [WriteBacks, ChatNotifications, GroupStatesSeen];
}
