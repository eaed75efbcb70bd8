using Reporting.Warehouse.Schema;

namespace Reporting.Warehouse.Migrations;

/// <summary>7→8: write_backs, chat_notifications and group_states_seen, what was sent out, so nothing is sent twice.</summary>
internal static class SevenSchemaMigration
{
    public static SchemaMigration Migration { get; } = new(
        7,
        "write_backs, chat_notifications, group_states_seen (what was sent out)",
        OutboundTables.Statements);
}
