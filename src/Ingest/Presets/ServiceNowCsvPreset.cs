using Reporting.Ingest.Columns;
using Reporting.Ingest.Files;
using static Reporting.Ingest.Columns.TicketField;

namespace Reporting.Ingest.Presets;

/// <summary>
/// ServiceNow incidents exported as CSV, headed by field names (number, short_description, opened_at,
/// assignment_group, ...) or by their labels (Number, Short description, Opened, Assignment group, ...). Every row is
/// an incident; the assignment group is the team, the business service or configuration item the service, category
/// and subcategory are tags, and "2 - High" is high priority.
/// </summary>
public static class ServiceNowCsvPreset
{
    public static ExportPreset Preset { get; } = new("servicenow", InputKind.ServiceNowCsv,
        [["number"], ["short_description", "Short description"], ["opened_at", "Opened"]], new()
    {
        Name = "servicenow",
        Title = "ServiceNow incident CSV export",
        Columns =
        [
            new("number", Id),
            new("short_description", Subject),
            new("Short description", Subject),
            new("description", Body),
            new("opened_at", CreatedAt),
            new("Opened", CreatedAt),
            new("sys_updated_on", UpdatedAt),
            new("Updated", UpdatedAt),
            new("resolved_at", ResolvedAt),
            new("Resolved", ResolvedAt),
            new("closed_at", ResolvedAt),
            new("Closed", ResolvedAt),
            new("state", Status),
            new("incident_state", Status),
            new("Incident state", Status),
            new("priority", Priority),
            new("contact_type", Channel),
            new("Channel", Channel),
            new("caller_id", Reporter),
            new("Caller", Reporter),
            new("company", Customer),
            new("business_service", Service),
            new("Service", Service),
            new("cmdb_ci", Service),
            new("Configuration item", Service),
            new("assignment_group", Team),
            new("Assignment group", Team),
            new("assigned_to", Assignee),
            new("Assigned to", Assignee),
            new("category", Tags),
            new("subcategory", Tags),
            new("time_worked", TimeSpentSeconds),
            new("Time worked", TimeSpentSeconds),
        ],
        Values = new Dictionary<TicketField, IReadOnlyDictionary<string, string>>
        {
            // Display values ("2 - High") and the stored numbers alike, in the words the effort model knows.
            [Priority] = ColumnMapping.ValueMap(
                ("1 - Critical", "urgent"), ("2 - High", "high"), ("3 - Moderate", "normal"), ("4 - Low", "low"), ("5 - Planning", "low"),
                ("1", "urgent"), ("2", "high"), ("3", "normal"), ("4", "low"), ("5", "low")),
            [Status] = ColumnMapping.ValueMap(
                ("In Progress", "open"), ("On Hold", "pending"), ("Resolved", "solved"),
                ("1", "new"), ("2", "open"), ("3", "pending"), ("6", "solved"), ("7", "closed"), ("8", "canceled")),
            [Channel] = ColumnMapping.ValueMap(("Self-service", "web"), ("Virtual Agent", "chat")),
        },
        Constants = new Dictionary<TicketField, string> { [TicketField.Type] = "incident" },
    });
}
