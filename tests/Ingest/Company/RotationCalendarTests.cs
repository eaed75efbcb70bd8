using Dapper;
using Reporting.Ingest.Files;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Ingest.Tests.Company;

/// <summary>
/// The rotation imported from on-call calendars (iCalendar, recognised by content): a PagerDuty schedule feed with an
/// override and a stranger, and a Google Calendar export with repeating events, a folded line and a time zone.
/// </summary>
public class RotationCalendarTests
{
    private const string Teams =
        """
        teams:
          - name: Payments
            product_manager: {name: Zoë Fischer, email: zoe@example.com, time_zone: Europe/Berlin}
            members:
              - {name: Maja Kowalczyk, weekly_hours: 40}
              - {name: Emily Carter, weekly_hours: 40}
            services: [billing]
          - name: Search
            product_manager: {name: Ines Duarte, email: ines@example.com, time_zone: Europe/Lisbon}
            members:
              - {name: Cem Yılmaz, weekly_hours: 40}
              - {name: Dee Okafor, weekly_hours: 32}
            services: [search-api]
        """;

    private static async Task<(TempWarehouse Warehouse, FileIngestor Ingestor)> WithTeamsAsync()
    {
        var w = await TempWarehouse.CreateAsync();
        var teams = Path.Combine(w.Directory, "teams.yaml");
        await File.WriteAllTextAsync(teams, Teams);
        var ingestor = new FileIngestor(w.Connection, TestClock.Create());
        await ingestor.IngestAsync(teams);
        return (w, ingestor);
    }

    private static async Task<List<(DateOnly Week, string Team, string Engineer)>> RotationAsync(TempWarehouse w) =>
        (await w.Connection.QueryAsync<(DateOnly, string, string)>("SELECT week_start, team, engineer FROM rotation ORDER BY team, week_start")).ToList();

    [Fact]
    public async Task A_pagerduty_feed_gives_each_week_to_whoever_is_on_call_most_of_it_and_keeps_an_event_without_an_engineer_aside()
    {
        var (w, ingestor) = await WithTeamsAsync();
        await using var _ = w;

        var summary = await ingestor.IngestAsync(Fixture.Path("calendars/pagerduty-oncall.ics"), "pagerduty");

        var input = Assert.Single(summary.Inputs);
        Assert.Equal((InputKind.RotationCalendar, 7L, 6L, 1L), (input.Kind, input.Counts.Read, input.Counts.Ingested, input.Counts.Rejected));
        Assert.Equal(
            [
                (new DateOnly(2026, 11, 2), "Payments", "Maja Kowalczyk"),
                (new DateOnly(2026, 11, 9), "Payments", "Emily Carter"), // 136 h against Maja's 8 h tail and 24 h override
                (new DateOnly(2026, 11, 16), "Payments", "Temp Contractor"), // not a member: setup check will say so
                (new DateOnly(2026, 11, 23), "Payments", "Maja Kowalczyk"), // the 8 h that spill into 2026-W49 are no week
            ],
            await RotationAsync(w));
        var reject = await w.Connection.QuerySingleAsync<(string Input, long Line, string Field, string Reason, string Raw)>(
            "SELECT input, line, field, reason, raw FROM rejects");
        Assert.Equal(("pagerduty-oncall.ics", 54L, "SUMMARY", "Maintenance window"), (reject.Input, reject.Line, reject.Field, reject.Raw));
        Assert.StartsWith("names no engineer", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_google_calendar_export_is_expanded_and_replaces_only_the_rotation_of_the_team_it_names()
    {
        var (w, ingestor) = await WithTeamsAsync();
        await using var _ = w;
        await ingestor.IngestAsync(Fixture.Path("calendars/pagerduty-oncall.ics"));

        var summary = await ingestor.IngestAsync(Fixture.Path("calendars/google-rotation.ics"));

        Assert.Equal((2L, 2L, 0L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        var rotation = await RotationAsync(w);
        Assert.Equal(4, rotation.Count(r => r.Team == "Payments"));
        Assert.Equal(
            [
                (new DateOnly(2026, 11, 2), "Search", "Cem Yılmaz"), // attendee CN, folded over two lines
                (new DateOnly(2026, 11, 9), "Search", "Dee Okafor"), // named in the summary, 09:00–17:00 Europe/Berlin
                (new DateOnly(2026, 11, 16), "Search", "Cem Yılmaz"),
                (new DateOnly(2026, 11, 23), "Search", "Dee Okafor"),
                (new DateOnly(2026, 11, 30), "Search", "Cem Yılmaz"),
                (new DateOnly(2026, 12, 7), "Search", "Dee Okafor"),
            ],
            rotation.Where(r => r.Team == "Search"));
    }

    [Fact]
    public async Task Without_teams_an_event_needs_its_team_in_the_calendar_or_is_rejected_saying_so()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var ics = Path.Combine(w.Directory, "oncall.txt"); // recognised by its content, not its name
        await File.WriteAllTextAsync(ics, (await File.ReadAllTextAsync(Fixture.Path("calendars/google-rotation.ics"))).Replace("Search support rotation", "Support rotation", StringComparison.Ordinal));

        var summary = await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(ics);

        Assert.Equal((2L, 0L, 2L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        var reasons = await w.Connection.ListAsync<string>("SELECT reason FROM rejects ORDER BY line");
        Assert.Equal(
            [
                "no team for 'Cem Yılmaz': name the team in the calendar's name (X-WR-CALNAME) or the event, or load teams.yaml first",
                "no team for 'Dee Okafor': name the team in the calendar's name (X-WR-CALNAME) or the event, or load teams.yaml first",
            ],
            reasons);
    }
}
