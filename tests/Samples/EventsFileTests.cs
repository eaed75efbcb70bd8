using static Reporting.Samples.Tests.TicketColumns;

using Reporting.Ingest.Company;

namespace Reporting.Samples.Tests;

[Collection(DefaultSampleCollection.Name)]
public sealed class EventsFileTests(DefaultSampleFixture sample)
{
    private static readonly string[] Kinds =
        ["comment", "assigned", "team_changed", "status", "reopened", "priority_changed", "type_changed", "tag_added", "tag_removed"];
    private static readonly string[] FieldChanges = ["priority_changed", "type_changed", "tag_added", "tag_removed"];

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

            if (e[EventKind] is "team_changed" or "priority_changed" or "type_changed")
            {
                Assert.Matches("^[^>]+>[^>]+$", e[EventDetail]);
            }
        }

        var perTicket = sample.Events.Count(e => !FieldChanges.Contains(e[EventKind])) / (double)sample.Tickets.Count;
        Assert.InRange(perTicket, 2.0, 4.0);
    }

    [Fact]
    public void Triagers_change_fields_after_filing_and_the_rows_show_them_as_triage_left_them()
    {
        var byTicket = sample.Events.GroupBy(e => e[EventTicketId]).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var triaged = 0;
        foreach (var row in sample.Tickets)
        {
            var events = byTicket.GetValueOrDefault(row[Id]) ?? [];
            var changes = events.Where(e => FieldChanges.Contains(e[EventKind])).ToList();
            var tags = row[Tags].Split(';', StringSplitOptions.RemoveEmptyEntries);
            if (changes.Count == 0)
            {
                continue;
            }

            triaged++;
            // Changes come from whoever first answered or assigned the ticket, after that first touch.
            var firstTouch = events.First(e => e[EventKind] is "assigned" or "comment" && e[EventActor] != "customer");
            Assert.All(changes, c => Assert.True(string.CompareOrdinal(c[EventAt], firstTouch[EventAt]) > 0, $"{row[Id]} changed before triage"));
            Assert.All(changes.Where(c => c[EventKind] == "tag_added"), c => Assert.Contains(c[EventDetail], tags));
            Assert.All(changes.Where(c => c[EventKind] == "priority_changed"), c => Assert.Equal("normal>" + row[Priority], c[EventDetail]));
            Assert.All(changes.Where(c => c[EventKind] == "type_changed"), c => Assert.Equal("question>" + row[TypeColumn], c[EventDetail]));
            // Plans and vip come from the help desk's triggers at filing; diagnosis tags only ever from triage.
            Assert.DoesNotContain(changes, c => c[EventDetail] is "vip" or "starter" or "business" or "professional" or "enterprise");
            if (tags.Contains("known-issue"))
            {
                Assert.Contains(changes, c => c[EventKind] == "tag_added" && c[EventDetail] == "known-issue");
            }
        }

        Assert.InRange(triaged / (double)sample.Tickets.Count, 0.6, 0.95);
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
