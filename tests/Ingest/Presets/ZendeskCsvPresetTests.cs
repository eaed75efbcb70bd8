namespace Reporting.Ingest.Tests.Presets;

/// <summary>Zendesk's ticket export and a view exported as CSV are read without a mapping file.</summary>
public sealed class ZendeskCsvPresetTests
{
    [Fact]
    public async Task The_ticket_export_gives_group_as_team_via_as_channel_and_the_first_reply_from_its_minutes()
    {
        const string export =
            "Summation column,Id,Requester,Requester id,Requester email,Submitter,Assignee,Group,Subject,Tags,Status,Priority,Via,Ticket type," +
            "Created at,Updated at,Assigned at,Organization,Solved at,Reopens,Replies,First reply time in minutes,Full resolution time in minutes\n" +
            "1,4711,Carla Gomez,901,carla@example.com,Carla Gomez,Dev Patel,Payments,Card declined at checkout,checkout card-declined,Solved,High,Mail,Incident," +
            "2025-11-17 09:12:00,2025-11-18 10:00:00,2025-11-17 09:30:00,Acme GmbH,2025-11-18 10:00:00,0,2,45,1488\n" +
            "2,4712,Li Wei,902,li@example.com,Li Wei,,Core,How do I export?,,Open,Normal,Web form,Question," +
            "2025-11-17 11:00:00 +0100,,,,,0,0,,\n" +
            "3,,Nobody,903,x@example.com,Nobody,,,No id,,New,Low,Chat,,2025-11-17 12:00:00,,,,,0,0,,\n";

        await using var ingested = await IngestedExport.IngestAsync("zendesk-export.csv", export);

        Assert.Equal((3L, 2L, 1L), (ingested.Summary.Total.Read, ingested.Summary.Total.Ingested, ingested.Summary.Total.Rejected));
        Assert.Equal(ingested.Summary.Total.Read, ingested.Summary.Total.Ingested + ingested.Summary.Total.Rejected);
        Assert.Equal(new StoredTicket
        {
            Id = "4711",
            Created = "2025-11-17T09:12:00Z",
            Updated = "2025-11-18T10:00:00Z",
            FirstResponse = "2025-11-17T09:57:00Z",
            Resolved = "2025-11-18T10:00:00Z",
            Status = "solved",
            Priority = "high",
            Type = "incident",
            Channel = "email",
            Customer = "Acme GmbH",
            Reporter = "Carla Gomez",
            Subject = "Card declined at checkout",
            Team = "Payments",
            Assignee = "Dev Patel",
            Tags = "checkout;card-declined",
        }, await ingested.TicketAsync("4711"));
        Assert.Equal(new StoredTicket
        {
            Id = "4712",
            Created = "2025-11-17T10:00:00Z",
            Status = "open",
            Priority = "normal",
            Type = "question",
            Channel = "web",
            Reporter = "Li Wei",
            Subject = "How do I export?",
            Team = "Core",
        }, await ingested.TicketAsync("4712"));
        Assert.Equal(["4 Id: is empty"], await ingested.RejectsAsync());
    }

    [Fact]
    public async Task A_view_export_is_read_by_its_column_titles()
    {
        const string view =
            "ID,Subject,Requester,Requested,Updated,Assignee,Group,Status,Priority,Solved\n" +
            "4713,Invoice shows wrong VAT,Mara Keller,17 Nov 2025 09:12,18 Nov 2025 08:00,Dev Patel,Billing,Pending,Urgent,\n";

        await using var ingested = await IngestedExport.IngestAsync("my-view.csv", view);

        Assert.Equal((1L, 1L, 0L), (ingested.Summary.Total.Read, ingested.Summary.Total.Ingested, ingested.Summary.Total.Rejected));
        Assert.Equal(new StoredTicket
        {
            Id = "4713",
            Created = "2025-11-17T09:12:00Z",
            Updated = "2025-11-18T08:00:00Z",
            Status = "pending",
            Priority = "urgent",
            Reporter = "Mara Keller",
            Subject = "Invoice shows wrong VAT",
            Team = "Billing",
            Assignee = "Dev Patel",
        }, await ingested.TicketAsync("4713"));
    }
}
