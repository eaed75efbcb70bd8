namespace Reporting.Ingest.Tests.Presets;

/// <summary>Freshdesk's ticket export is read without a mapping file.</summary>
public sealed class FreshdeskCsvPresetTests
{
    [Fact]
    public async Task Tickets_give_group_as_team_agent_as_assignee_and_tracked_time_in_seconds()
    {
        const string export =
            "Ticket ID,Subject,Description,Status,Priority,Source,Type,Agent,Group,Created time,Due by Time,Resolved time,Closed time," +
            "Last update time,Initial response time,Time tracked,Tags,Product,Company Name,Full name\n" +
            "1042,Refund not received,Paid twice for order 88,Resolved,Medium,Portal,Incident,Ana Silva,Billing,2025-11-17 09:12:00,2025-11-19 09:12:00," +
            "2025-11-18 16:00:00,,2025-11-18 16:00:00,2025-11-17 10:02:00,1:30,\"refund,duplicate-charge\",Shop,Acme GmbH,Carla Gomez\n" +
            "1043,Add dark mode,,Open,Low,Email,Feature Request,,Product,2025-11-17 11:00:00,,,,,,,,Shop,,Li Wei\n" +
            "1044,Tracked time typed as text,,Open,Low,Email,Question,,,2025-11-17 12:00:00,,,,,,about an hour,,,,Li Wei\n";

        await using var ingested = await IngestedExport.IngestAsync("freshdesk.csv", export);

        Assert.Equal((3L, 2L, 1L), (ingested.Summary.Total.Read, ingested.Summary.Total.Ingested, ingested.Summary.Total.Rejected));
        Assert.Equal(ingested.Summary.Total.Read, ingested.Summary.Total.Ingested + ingested.Summary.Total.Rejected);
        Assert.Equal(new StoredTicket
        {
            Id = "1042",
            Created = "2025-11-17T09:12:00Z",
            Updated = "2025-11-18T16:00:00Z",
            FirstResponse = "2025-11-17T10:02:00Z",
            Resolved = "2025-11-18T16:00:00Z",
            Status = "resolved",
            Priority = "normal",
            Type = "incident",
            Channel = "web",
            Customer = "Acme GmbH",
            Reporter = "Carla Gomez",
            Subject = "Refund not received",
            Body = "Paid twice for order 88",
            Product = "Shop",
            Team = "Billing",
            Assignee = "Ana Silva",
            Tags = "refund;duplicate-charge",
            TimeSpentSeconds = 5400,
        }, await ingested.TicketAsync("1042"));
        Assert.Equal(new StoredTicket
        {
            Id = "1043",
            Created = "2025-11-17T11:00:00Z",
            Status = "open",
            Priority = "low",
            Type = "feature_request",
            Channel = "email",
            Reporter = "Li Wei",
            Subject = "Add dark mode",
            Product = "Shop",
            Team = "Product",
        }, await ingested.TicketAsync("1043"));
        Assert.Equal(["4 Time tracked: Time tracked 'about an hour' is not a duration (seconds, or h:mm)"], await ingested.RejectsAsync());
    }
}
