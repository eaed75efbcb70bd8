namespace Reporting.Warehouse.Schema;

/// <summary>
/// The <c>ticket_events.kind</c> values for fields changed after a ticket was filed: written by Ingest, read back by
/// Analytics to roll a ticket back to how it arrived. Priority and type changes carry <c>from&gt;to</c> as detail (as
/// <c>team_changed</c> does), tag changes the tag.
/// </summary>
public static class FieldChangeKinds
{
    public const string PriorityChanged = "priority_changed";
    public const string TypeChanged = "type_changed";
    public const string TagAdded = "tag_added";
    public const string TagRemoved = "tag_removed";

    /// <summary>The four kinds as a SQL list: <c>'priority_changed', …</c>.</summary>
    public const string SqlList = $"'{PriorityChanged}', '{TypeChanged}', '{TagAdded}', '{TagRemoved}'";
}
