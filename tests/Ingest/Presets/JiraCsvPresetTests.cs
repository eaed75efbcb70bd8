using Reporting.Ingest.Files;

namespace Reporting.Ingest.Tests.Presets;

/// <summary>A Jira Cloud/Server "Export CSV" is read without a mapping file.</summary>
public sealed class JiraCsvPresetTests
{
    // Jira's own header: multi-value fields repeat their column; dates are Jira's default 17/Nov/25 9:12 AM.
    private const string Export =
        "Summary,Issue key,Issue id,Issue Type,Status,Project key,Project name,Priority,Resolution,Assignee,Reporter,Created,Updated,Resolved," +
        "Component/s,Component/s,Labels,Labels,Fix Version/s,Affects Version/s,Description,Time Spent,Outward issue link (Duplicate),Sprint\n" +
        "Checkout fails on Safari,PAY-12,10012,Bug,Done,PAY,Payments,Highest,Fixed,Ana Silva,Bob Roy,17/Nov/25 9:12 AM,18/Nov/25 4:30 PM,18/Nov/25 4:30 PM," +
        "Checkout,Web,safari,regression,2025.11,2025.10,\"Steps:\n1. open checkout\",5400,PAY-3,Sprint 7\n" +
        "Slow export,PAY-13,10013,Task,In Progress,PAY,Payments,Medium,,,Bob Roy,2025-11-18 08:00,,,,,,,,,,,,Sprint 7\n" +
        "Clock without AM or PM,PAY-14,10014,Bug,To Do,PAY,Payments,Low,,,Bob Roy,17/Nov/25 9:12,,,,,,,,,,,,\n";

    [Fact]
    public async Task Issues_are_read_with_components_labels_versions_and_jira_dates()
    {
        await using var export = await IngestedExport.IngestAsync("jira.csv", Export);

        Assert.Equal((3L, 2L, 1L), (export.Summary.Total.Read, export.Summary.Total.Ingested, export.Summary.Total.Rejected));
        Assert.Equal(export.Summary.Total.Read, export.Summary.Total.Ingested + export.Summary.Total.Rejected);
        Assert.Equal(InputKind.JiraCsv, export.Summary.Inputs.Single().Kind);
        Assert.Equal(new StoredTicket
        {
            Id = "PAY-12",
            Created = "2025-11-17T09:12:00Z",
            Updated = "2025-11-18T16:30:00Z",
            Resolved = "2025-11-18T16:30:00Z",
            Status = "done",
            Priority = "urgent",
            Type = "bug",
            Reporter = "Bob Roy",
            Subject = "Checkout fails on Safari",
            Body = "Steps:\n1. open checkout",
            Product = "PAY",
            Service = "PAY/Checkout",
            Assignee = "Ana Silva",
            Tags = "Checkout;Web;safari;regression",
            DuplicateOf = "PAY-3",
            AffectedVersions = "2025.10",
            FixVersions = "2025.11",
            TimeSpentSeconds = 5400,
        }, await export.TicketAsync("PAY-12"));
        Assert.Equal(new StoredTicket
        {
            Id = "PAY-13",
            Created = "2025-11-18T08:00:00Z",
            Status = "in progress",
            Priority = "normal",
            Type = "task",
            Reporter = "Bob Roy",
            Subject = "Slow export",
            Product = "PAY",
        }, await export.TicketAsync("PAY-13"));
    }

    [Fact]
    public async Task A_time_without_am_or_pm_is_rejected_saying_which_formats_were_expected()
    {
        await using var export = await IngestedExport.IngestAsync("jira.csv", Export);

        Assert.Equal(
            ["5 Created: Created '17/Nov/25 9:12' does not match d'/'MMM'/'yy h:mm tt (like 17/Nov/25 9:12 AM), " +
             "d'/'MMM'/'yyyy h:mm tt (like 17/Nov/2025 9:12 AM), d'/'MMM'/'yy (like 17/Nov/25) or ISO-8601 (like 2025-11-17T09:12:00Z)"],
            await export.RejectsAsync());
    }
}
