using Reporting.Analytics.Owners;
using Reporting.Host.Application;
using Reporting.Host.Application.Triage;
using Reporting.Testing;
using Reporting.Warehouse;
using Reporting.Warehouse.Calendar;

namespace Reporting.Host.Tests.Application.Triage;

/// <summary>Acceptance of the owner suggestions as leads read it: from triage decisions, per team and week, over a checked period.</summary>
public sealed class ReadSuggestionAcceptanceTests : IAsyncLifetime
{
    private static readonly DateTime W47 = new(2026, 11, 16, 0, 0, 0, DateTimeKind.Utc);
    private readonly ReadSuggestionAcceptance _read = new(TestClock.Create(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
    private TempWarehouse _warehouse = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await TempWarehouse.CreateAsync();
        var records = new TriageRecords(_warehouse.Connection);
        await records.ServiceAsync("billing-api", "Payments");
        await records.ServiceAsync("auth-service", "Identity");
        await records.ServiceAsync("sso-connector", "Identity");
        foreach (var id in new[] { "T1", "T2", "T3" })
        {
            await records.TicketAsync(id, W47.AddDays(-3), "billing-api", resolved: false);
        }

        await records.SuggestionAsync("T1", "billing-api", "auth-service", "sso-connector");
        await records.SuggestionAsync("T2", "auth-service", "billing-api", "sso-connector");
        await records.SuggestionAsync("T3", "billing-api", "sso-connector", "auth-service");
        await records.DecideAsync("T1", "accept", "billing-api", W47.AddDays(1));
        await records.DecideAsync("T2", "choose", "auth-service", W47.AddDays(2));
        await records.DecideAsync("T3", "choose", "sso-connector", W47.AddDays(8));
    }

    public async Task DisposeAsync() => await _warehouse.DisposeAsync();

    [Fact]
    public async Task Three_decided_tickets_two_on_the_suggested_owner_read_as_two_thirds_top1_and_all_top3_over_the_last_twelve_weeks()
    {
        var acceptance = await _read.RunAsync(_warehouse.Connection, from: null, to: null, team: null, CancellationToken.None);

        Assert.Equal((new DateOnly(2026, 9, 3), new DateOnly(2026, 11, 25)), (acceptance.From, acceptance.To)); // 84 days ending today
        Assert.Equal(new AcceptanceCounts(3, 2, 3, 0), acceptance.Total);
        Assert.Equal((2.0 / 3, 1.0), (acceptance.Total.Top1Rate!.Value, acceptance.Total.Top3Rate!.Value));
        Assert.Equal(
            [new TeamAcceptance("Identity", new AcceptanceCounts(2, 1, 2, 0)), new TeamAcceptance("Payments", new AcceptanceCounts(1, 1, 1, 0))],
            acceptance.Teams);
        Assert.Equal(
            [("2026-W47", "Identity", 1L, 1L), ("2026-W47", "Payments", 1L, 1L), ("2026-W48", "Identity", 1L, 0L)],
            acceptance.Weeks.Select(w => (w.Week.ToString(), w.Team, w.Counts.Decided, w.Counts.Top1)));
    }

    [Fact]
    public async Task One_team_and_a_period_by_decision_day_narrow_the_figures_and_a_period_without_decisions_has_no_rates()
    {
        var identity = await _read.RunAsync(_warehouse.Connection, null, null, "Identity", CancellationToken.None);
        var lastWeek = await _read.RunAsync(_warehouse.Connection, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29), null, CancellationToken.None);
        var before = await _read.RunAsync(_warehouse.Connection, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 16), null, CancellationToken.None);

        Assert.Equal(new AcceptanceCounts(2, 1, 2, 0), identity.Total);
        Assert.Equal((new AcceptanceCounts(1, 0, 1, 0), new IsoWeek(2026, 48)), (lastWeek.Total, lastWeek.Weeks.Single().Week));
        Assert.False(before.HasDecisions);
        Assert.Equal((AcceptanceCounts.None, (double?)null, (double?)null), (before.Total, before.Total.Top1Rate, before.Total.Top3Rate));
        Assert.Empty(before.Weeks);
    }

    [Theory]
    [InlineData("2026-11-01", "2026-11-30", "Nope", "team", "'Nope' is not a known team; teams are Identity, Payments, Unowned.")]
    [InlineData("2020-01-01", "2026-11-30", null, "from", "The period 2020-01-01 to 2026-11-30 is longer than 260 weeks.")]
    [InlineData("2026-11-30", "2026-11-01", null, "to", "The period ends (2026-11-01) before it starts (2026-11-30).")]
    public async Task A_wrong_team_or_period_is_refused_naming_the_field(string from, string to, string? team, string field, string message)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _read.RunAsync(_warehouse.Connection, DateOnly.Parse(from), DateOnly.Parse(to), team, CancellationToken.None));

        Assert.Equal((field, message), (error.Field, error.Message));
    }

    [Fact]
    public async Task A_team_name_longer_than_any_team_is_refused_before_any_lookup()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _read.RunAsync(_warehouse.Connection, null, null, new string('x', 201), CancellationToken.None));

        Assert.Equal(("team", "team is 201 characters long; a team name has at most 200."), (error.Field, error.Message));
    }
}
