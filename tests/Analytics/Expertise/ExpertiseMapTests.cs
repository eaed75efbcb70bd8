using Reporting.Analytics.Expertise;

namespace Reporting.Analytics.Tests.Expertise;

/// <summary>The expertise map on <see cref="ExpertiseScenario"/>: figures worked out by hand.</summary>
public class ExpertiseMapTests
{
    private static async Task<IReadOnlyList<ServiceExpertise>> LoadAsync(string? service = null)
    {
        await using var warehouse = await ExpertiseScenario.CreateAsync();
        return await ExpertiseMap.LoadAsync(warehouse.Connection, ExpertiseScenario.From, ExpertiseScenario.To, service, CancellationToken.None);
    }

    [Fact]
    public async Task Services_come_by_team_and_tickets_without_service_or_outside_the_period_are_left_out()
    {
        var map = await LoadAsync();

        Assert.Equal([("Payments", "ledger", 10, 10), ("Payments", "mail", 3, 3), ("Search", "search", 10, 9)],
            map.Select(s => (s.Team, s.Service, s.Tickets, s.HandledTickets)));
    }

    [Fact]
    public async Task One_person_with_8_of_10_tickets_is_a_bus_factor_of_1()
    {
        var ledger = (await LoadAsync("ledger")).Single();

        Assert.Equal(1, ledger.BusFactor);
        Assert.True(ledger.AtRisk);
        Assert.Equal([("Ana", 8, 4.0, 0.8), ("Ben", 2, 1.0, 0.2)],
            ledger.People.Select(p => (p.Person, p.Tickets, Math.Round(p.Score, 9), Math.Round(p.Share, 9))));
    }

    [Fact]
    public async Task Three_people_with_3_tickets_each_need_all_three_to_cover_80_percent_and_customers_comments_do_not_count()
    {
        var search = (await LoadAsync("search")).Single();

        // 9 handled tickets: 8 to cover; Cara reaches 4 with her comment, any two people reach at most 7.
        Assert.Equal(3, search.BusFactor);
        Assert.False(search.AtRisk);
        Assert.Equal([("Cara", 4, 3, 1, 1.0, 0.4), ("Dan", 3, 3, 0, 0.75, 0.3), ("Eve", 3, 3, 0, 0.75, 0.3)],
            search.People.Select(p => (p.Person, p.Tickets, p.Assigned, p.Commented, Math.Round(p.Score, 9), Math.Round(p.Share, 9))));
    }

    [Fact]
    public async Task Recent_work_weighs_more_with_a_half_life_of_13_weeks()
    {
        var mail = (await LoadAsync("mail")).Single();

        // Fay: open ticket 91 days old 0.5 + resolved after the end 1.0; Gus: comment 91 days old 0.5 x 0.5 + ticket 182 days old 0.25.
        Assert.Equal([("Fay", 1.5, 0.75), ("Gus", 0.5, 0.25)],
            mail.People.Select(p => (p.Person, Math.Round(p.Score, 9), Math.Round(p.Share, 9))));
        Assert.Equal(2, mail.BusFactor);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(91, 0.5)]
    [InlineData(182, 0.25)]
    [InlineData(-5, 1.0)]
    public void Recency_halves_every_91_days(double days, double weight) =>
        Assert.Equal(weight, ExpertiseMap.Recency(days), 12);
}
