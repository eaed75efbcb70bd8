namespace Reporting.Ingest.Tests.Presets;

/// <summary>ServiceNow incidents exported as CSV are read without a mapping file, by field names or by labels.</summary>
public sealed class ServiceNowCsvPresetTests
{
    [Fact]
    public async Task Incidents_give_assignment_group_as_team_and_priority_in_warehouse_words()
    {
        const string export =
            "number,short_description,description,caller_id,opened_at,resolved_at,closed_at,state,priority,category,subcategory," +
            "assignment_group,assigned_to,business_service,contact_type,company,sys_updated_on\n" +
            "INC0010001,VPN drops every hour,\"Since Monday the VPN\ndrops every hour.\",Mara Keller,2025-11-17 09:12:33,2025-11-18 14:00:00,,Resolved,2 - High," +
            "Network,VPN,Network Operations,Ivo Petrov,Remote Access,Phone,Acme GmbH,2025-11-18 14:00:00\n" +
            "INC0010002,Printer jam,,Li Wei,2025-11-17 10:00:00,,,In Progress,4 - Low,Hardware,,Service Desk,,,Self-service,,\n" +
            "INC0010003,Date typed by hand,,Li Wei,17.11.2025,,,New,3 - Moderate,,,,,,,,\n";

        await using var ingested = await IngestedExport.IngestAsync("incident.csv", export);

        Assert.Equal((3L, 2L, 1L), (ingested.Summary.Total.Read, ingested.Summary.Total.Ingested, ingested.Summary.Total.Rejected));
        Assert.Equal(ingested.Summary.Total.Read, ingested.Summary.Total.Ingested + ingested.Summary.Total.Rejected);
        Assert.Equal(new StoredTicket
        {
            Id = "INC0010001",
            Created = "2025-11-17T09:12:33Z",
            Updated = "2025-11-18T14:00:00Z",
            Resolved = "2025-11-18T14:00:00Z",
            Status = "solved",
            Priority = "high",
            Type = "incident",
            Channel = "phone",
            Customer = "Acme GmbH",
            Reporter = "Mara Keller",
            Subject = "VPN drops every hour",
            Body = "Since Monday the VPN\ndrops every hour.",
            Service = "Remote Access",
            Team = "Network Operations",
            Assignee = "Ivo Petrov",
            Tags = "Network;VPN",
        }, await ingested.TicketAsync("INC0010001"));
        Assert.Equal(new StoredTicket
        {
            Id = "INC0010002",
            Created = "2025-11-17T10:00:00Z",
            Status = "open",
            Priority = "low",
            Type = "incident",
            Channel = "web",
            Reporter = "Li Wei",
            Subject = "Printer jam",
            Team = "Service Desk",
            Tags = "Hardware",
        }, await ingested.TicketAsync("INC0010002"));
        Assert.Equal(["5 opened_at: opened_at '17.11.2025' is not an ISO-8601 timestamp (like 2025-11-17T09:12:00Z)"], await ingested.RejectsAsync());
    }

    [Fact]
    public async Task An_export_headed_by_labels_is_read_the_same_way()
    {
        const string export =
            "Number,Opened,Short description,Caller,Priority,State,Category,Assignment group,Assigned to,Updated\n" +
            "INC0010004,2025-11-17 09:12:33,Mail quota full,Mara Keller,1 - Critical,On Hold,Email,Messaging,Ivo Petrov,2025-11-17 10:00:00\n";

        await using var ingested = await IngestedExport.IngestAsync("incident-labels.csv", export);

        Assert.Equal((1L, 1L, 0L), (ingested.Summary.Total.Read, ingested.Summary.Total.Ingested, ingested.Summary.Total.Rejected));
        Assert.Equal(new StoredTicket
        {
            Id = "INC0010004",
            Created = "2025-11-17T09:12:33Z",
            Updated = "2025-11-17T10:00:00Z",
            Status = "pending",
            Priority = "urgent",
            Type = "incident",
            Reporter = "Mara Keller",
            Subject = "Mail quota full",
            Team = "Messaging",
            Assignee = "Ivo Petrov",
            Tags = "Email",
        }, await ingested.TicketAsync("INC0010004"));
    }
}
