using static Reporting.Samples.Tests.TicketColumns;

using Reporting.Ingest.Company;

namespace Reporting.Samples.Tests;

[Collection(DefaultSampleCollection.Name)]
public sealed class EventsFileTests(DefaultSampleFixture sample)
{
    private static readonly string[] Kinds = ["comment", "assigned", "team_changed", "status", "reopened"];

    [Fact]
    public void Events_belong_to_valid_tickets_and_are_in_time_order()
    {
        var created = sample.Tickets.ToDictionary(r => r[Id], r => Instant(r[CreatedAt]), StringComparer.Ordinal);
        var engineers = TeamsFile.Read(sample.Path(SampleCompanyGenerator.TeamsFileName)).Teams
            .SelectMany(t => t.Members).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        string? previousTicket = null;
        var previousAt = DateTime.MinValue;
        foreach (var e in sample.Events)
        {
            Assert.Equal(5, e.Length);
            Assert.True(created.TryGetValue(e[EventTicketId], out var ticketCreated), $"event for unknown ticket {e[EventTicketId]}");
            Assert.Contains(e[EventKind], Kinds);
            var at = Instant(e[EventAt]);
            Assert.True(at >= ticketCreated, $"{e[EventTicketId]} has an event before it was created");
            if (e[EventTicketId] == previousTicket)
            {
                Assert.True(at > previousAt, $"{e[EventTicketId]} events are not in strict time order");
            }
            else if (previousTicket is not null)
            {
                Assert.True(string.CompareOrdinal(previousTicket, e[EventTicketId]) < 0, "events are not grouped by ticket in id order");
            }

            previousTicket = e[EventTicketId];
            previousAt = at;
            var actorIsKnown = engineers.Contains(e[EventActor]) || e[EventActor] is "customer" or "system";
            Assert.True(actorIsKnown, $"unknown actor '{e[EventActor]}'");
            if (e[EventKind] == "assigned")
            {
                Assert.Contains(e[EventDetail], engineers);
            }

            if (e[EventKind] == "team_changed")
            {
                Assert.Matches("^[^>]+>[^>]+$", e[EventDetail]);
            }
        }

        var perTicket = sample.Events.Count / (double)sample.Tickets.Count;
        Assert.InRange(perTicket, 2.0, 4.0);
    }

    [Fact]
    public void Ticket_rows_agree_with_their_event_history()
    {
        var byTicket = sample.Events.GroupBy(e => e[EventTicketId]).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var row in sample.Tickets)
        {
            var events = byTicket.GetValueOrDefault(row[Id]) ?? [];
            var firstEngineerComment = events.FirstOrDefault(e => e[EventKind] == "comment" && e[EventActor] != "customer");
            Assert.Equal(row[FirstResponseAt], firstEngineerComment?[EventAt] ?? string.Empty);

            if (row[ResolvedAt].Length > 0)
            {
                var lastSolved = events.Last(e => e[EventKind] == "status" && e[EventDetail] == "solved");
                Assert.Equal(row[ResolvedAt], lastSolved[EventAt]);
            }

            var lastAssignment = events.LastOrDefault(e => e[EventKind] == "assigned");
            if (lastAssignment is not null)
            {
                Assert.Equal(lastAssignment[EventDetail], row[Assignee]);
            }

            var teamChange = events.LastOrDefault(e => e[EventKind] == "team_changed");
            if (teamChange is not null)
            {
                Assert.EndsWith(">" + row[Team], teamChange[EventDetail]);
            }
        }
    }
}
