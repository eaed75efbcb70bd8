using Reporting.Ingest.Loading;
using Reporting.Ingest.Tickets;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Analytics.Tests.Expertise;

/// <summary>
/// A hand-built warehouse for the expertise map: period 2025-10-06 to 2026-04-05 (26 weeks, end 2026-04-06), so a
/// ticket 91 days before the end weighs 0.5 and one 182 days before weighs 0.25.
/// <list type="bullet">
/// <item>ledger (Payments): 10 tickets 91 days old, 8 Ana's and 2 Ben's; one older Ben's ticket outside the period.</item>
/// <item>search (Search): 10 tickets 182 days old, 3 each Cara's, Dan's and Eve's, one nobody's; Cara also commented on one of
/// Dan's 91 days before the end; a customer commented too.</item>
/// <item>mail (Payments): Fay's open ticket 91 days old that Gus commented the same day, Gus's ticket 182 days old, and Fay's
/// ticket resolved after the period (counted at its end).</item>
/// <item>A ticket without service, Ana's: skipped.</item>
/// </list>
/// </summary>
internal static class ExpertiseScenario
{
    public static readonly DateOnly From = new(2025, 10, 6);
    public static readonly DateOnly To = new(2026, 4, 5);
    public static readonly DateTime End = new(2026, 4, 6);

    public static async Task<TempWarehouse> CreateAsync(string? rootDirectory = null)
    {
        var warehouse = await TempWarehouse.CreateAsync();
        var c = warehouse.Connection;
        foreach (var (team, service) in new[] { ("Payments", "ledger"), ("Payments", "mail"), ("Search", "search") })
        {
            await c.RunAsync("INSERT INTO services VALUES ($service, $team)", new { service, team });
        }

        foreach (var (team, engineer) in new[] { ("Payments", "Ana"), ("Payments", "Ben"), ("Payments", "Fay"), ("Payments", "Gus"), ("Search", "Cara"), ("Search", "Dan"), ("Search", "Eve") })
        {
            await c.RunAsync("INSERT INTO team_members VALUES ($team, $engineer, 40)", new { team, engineer });
        }

        var tickets = new List<TicketRecord>();
        var events = new List<StagedEvent>();
        string Ticket(DateTime created, string? service, string? assignee, DateTime? resolved = null)
        {
            var id = $"T-{tickets.Count + 1}";
            tickets.Add(new TicketRecord
            {
                Source = "test", ExternalId = id, CreatedAt = created, ResolvedAt = resolved, Service = service, Assignee = assignee, Subject = id,
                Priority = "normal", Type = "bug",
            });
            return id;
        }

        void Comment(string ticket, DateTime at, string actor) =>
            events.Add(new StagedEvent("events", events.Count + 1,
                new TicketEventRecord("test", ticket, new TicketEvent($"e{events.Count + 1}", at, "comment", actor, null))));

        var quarter = End.AddDays(-91);
        var half = End.AddDays(-182);
        for (var i = 0; i < 10; i++)
        {
            Ticket(quarter, "ledger", i < 8 ? "Ana" : "Ben");
        }

        Ticket(new DateTime(2025, 9, 1), "ledger", "Ben");

        var dans = new List<string>();
        foreach (var engineer in new[] { "Cara", "Dan", "Eve" })
        {
            for (var i = 0; i < 3; i++)
            {
                var id = Ticket(half, "search", engineer);
                if (engineer == "Dan")
                {
                    dans.Add(id);
                }
            }
        }

        var nobodys = Ticket(half, "search", null);
        Comment(dans[0], quarter, "Cara");
        Comment(nobodys, quarter, "Customer Zed");

        var open = Ticket(quarter, "mail", "Fay");
        Comment(open, quarter, "Gus");
        Ticket(half, "mail", "Gus", resolved: half);
        Ticket(quarter, "mail", "Fay", resolved: End.AddDays(10));

        Ticket(quarter, null, "Ana");

        var writer = new TicketBatchWriter(c, TestClock.Create());
        await writer.WriteAsync(new TicketBatch("test", tickets, [], []), 1);
        await writer.WriteAsync(new TicketBatch("test", [], events, []), 1);
        return warehouse;
    }
}
