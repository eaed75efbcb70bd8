namespace Reporting.Samples;

/// <summary>One line of events.csv: something that happened to a ticket.</summary>
internal sealed record TicketEvent(string TicketId, DateTime At, string Kind, string Actor, string? Detail)
{
    public const string Header = "ticket_id,at,kind,actor,detail";

    public const string Comment = "comment";
    public const string Assigned = "assigned";
    public const string TeamChanged = "team_changed";
    public const string StatusChanged = "status";
    public const string Reopened = "reopened";

    /// <summary>A triager changed a field after filing; detail <c>from&gt;to</c> (as <see cref="TeamChanged"/>).</summary>
    public const string PriorityChanged = "priority_changed";
    public const string TypeChanged = "type_changed";

    /// <summary>A triager added or removed a tag after filing; detail is the tag.</summary>
    public const string TagAdded = "tag_added";
    public const string TagRemoved = "tag_removed";

    /// <summary>Actor of comments written by the customer.</summary>
    public const string CustomerActor = "customer";

    /// <summary>Actor of automatic actions (routing by rotation, auto-close).</summary>
    public const string SystemActor = "system";

    public string?[] ToFields() => [TicketId, SampleTime.Instant(At), Kind, Actor, Detail];
}
