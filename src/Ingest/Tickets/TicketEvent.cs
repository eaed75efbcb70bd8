using Reporting.Warehouse.Schema;

namespace Reporting.Ingest.Tickets;

/// <summary>Something that happened to a ticket: a comment, an assignment, a team change, a status change.</summary>
public sealed record TicketEvent(string EventId, DateTime At, string Kind, string? Actor, string? Detail)
{
    public const string Comment = "comment";
    public const string Assigned = "assigned";
    public const string TeamChanged = "team_changed";
    public const string StatusChanged = "status";
    public const string Reopened = "reopened";

    /// <summary>A field changed after filing; detail <c>from&gt;to</c> (either side empty when unset), as <see cref="TeamChanged"/>.</summary>
    public const string PriorityChanged = FieldChangeKinds.PriorityChanged;
    public const string TypeChanged = FieldChangeKinds.TypeChanged;

    /// <summary>A tag added or removed after filing; detail is the tag.</summary>
    public const string TagAdded = FieldChangeKinds.TagAdded;
    public const string TagRemoved = FieldChangeKinds.TagRemoved;
}

/// <summary>An event read from a separate events file, addressed to its ticket.</summary>
public sealed record TicketEventRecord(string Source, string TicketId, TicketEvent Event);
