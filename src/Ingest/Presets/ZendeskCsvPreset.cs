using Reporting.Ingest.Columns;
using Reporting.Ingest.Files;
using static Reporting.Ingest.Columns.TicketField;

namespace Reporting.Ingest.Presets;

/// <summary>
/// Zendesk Support's ticket CSV export (Admin Center, Reports, Export: "Id, Requester, ..., Created at, Solved at,
/// First reply time in minutes, ...") and a view exported as CSV (the view's columns: "ID, Subject, Requester,
/// Requested, Updated, ..."). Group is the team, Organization the customer, Via the channel; tags are separated by
/// spaces (or commas).
/// </summary>
public static class ZendeskCsvPreset
{
    public static ExportPreset Preset { get; } = new("zendesk", InputKind.ZendeskCsv, [["Id"], ["Subject"], ["Created at", "Requested"]], new()
    {
        Name = "zendesk",
        Title = "Zendesk ticket or view CSV export",
        Columns =
        [
            new("Id", Id),
            new("Subject", Subject),
            new("Description", Body),
            new("Created at", CreatedAt),
            new("Requested", CreatedAt),
            new("Updated at", UpdatedAt),
            new("Updated", UpdatedAt),
            new("Solved at", ResolvedAt),
            new("Solved", ResolvedAt),
            new("First reply time in minutes", FirstResponseMinutes),
            new("Status", Status),
            new("Priority", Priority),
            new("Ticket type", TicketField.Type),
            new("Type", TicketField.Type),
            new("Via", Channel),
            new("Channel", Channel),
            new("Requester", Reporter),
            new("Organization", Customer),
            new("Group", Team),
            new("Assignee", Assignee),
            new("Tags", Tags),
        ],
        Dates = new DateReading { Formats = ["d MMM yyyy HH:mm", "d MMM yyyy"] },
        ListSeparators = " ,",
        Values = new Dictionary<TicketField, IReadOnlyDictionary<string, string>>
        {
            [Channel] = ColumnMapping.ValueMap(
                ("Mail", "email"), ("Email", "email"), ("Web form", "web"), ("Web Widget", "web"), ("Web service", "api"),
                ("API", "api"), ("Chat", "chat"), ("Messaging", "chat"), ("Native Messaging", "chat"), ("Voice", "phone"),
                ("Phone call (inbound)", "phone"), ("Phone call (outbound)", "phone")),
        },
    });
}
