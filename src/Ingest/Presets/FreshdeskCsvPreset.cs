using Reporting.Ingest.Columns;
using Reporting.Ingest.Files;
using static Reporting.Ingest.Columns.TicketField;

namespace Reporting.Ingest.Presets;

/// <summary>
/// Freshdesk's ticket export as CSV ("Ticket ID, Subject, Description, Status, Priority, Source, Type, Agent, Group,
/// Created time, Resolved time, ..."). Group is the team, Agent the assignee, Source the channel, Medium priority is
/// normal; tags are separated by commas and "Time tracked" is h:mm.
/// </summary>
public static class FreshdeskCsvPreset
{
    public static ExportPreset Preset { get; } = new("freshdesk", InputKind.FreshdeskCsv, [["Ticket ID"], ["Subject"], ["Created time"]], new()
    {
        Name = "freshdesk",
        Title = "Freshdesk ticket CSV export",
        Columns =
        [
            new("Ticket ID", Id),
            new("Subject", Subject),
            new("Description", Body),
            new("Status", Status),
            new("Priority", Priority),
            new("Source", Channel),
            new("Type", TicketField.Type),
            new("Agent", Assignee),
            new("Group", Team),
            new("Created time", CreatedAt),
            new("Last update time", UpdatedAt),
            new("Initial response time", FirstResponseAt),
            new("Resolved time", ResolvedAt),
            new("Closed time", ResolvedAt),
            new("Tags", Tags),
            new("Product", Product),
            new("Company Name", Customer),
            new("Full name", Reporter),
            new("Requester Name", Reporter),
            new("Time tracked", TimeSpentSeconds),
        ],
        ListSeparators = ",",
        Values = new Dictionary<TicketField, IReadOnlyDictionary<string, string>>
        {
            [Priority] = ColumnMapping.ValueMap(("Medium", "normal")),
            [TicketField.Type] = ColumnMapping.ValueMap(("Feature Request", "feature_request")),
            [Channel] = ColumnMapping.ValueMap(("Portal", "web"), ("Feedback Widget", "web"), ("Outbound Email", "email"), ("Mobihelp", "chat")),
        },
    });
}
