using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class NewOwnerRateTests
{
    private static readonly DateTime Start = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// A tracker whose components turn over: two tickets a day over 30 active components; about once a month (seeded)
    /// one is retired and a new one takes its place.
    /// </summary>
    private static List<(DateTime CreatedAt, string Owner)> TurningOverTracker(int days, int seed)
    {
        var random = new Random(seed);
        var active = Enumerable.Range(0, 30).ToList();
        var next = active.Count;
        var tickets = new List<(DateTime, string)>(2 * days);
        for (var day = 0; day < days; day++)
        {
            if (random.NextDouble() < 1 / 30.0)
                active[random.Next(active.Count)] = next++;
            for (var t = 0; t < 2; t++)
                tickets.Add((Start.AddDays(day).AddHours(t), $"component-{active[random.Next(active.Count)]}"));
        }
        return tickets;
    }

    [Fact]
    public void Fitted_on_history_it_predicts_the_share_of_next_years_tickets_whose_owner_is_new()
    {
        var history = TurningOverTracker(5 * 365, seed: 7);
        var (training, next) = (history[..(2 * 4 * 365)], history[(2 * 4 * 365)..]);

        var rate = NewOwnerRate.Fit(training);

        var seen = training.Select(t => t.Owner).ToHashSet();
        var actual = next.Average(t => seen.Contains(t.Owner) ? 0.0 : 1.0);
        var newest = training[^1].CreatedAt;
        var predicted = next.Average(t => rate.ShareAt((t.CreatedAt - newest).TotalDays));
        Assert.InRange(actual, 0.05, 0.2); // the simulation is what it claims: some new owners, mostly known ones
        Assert.InRange(predicted - actual, -0.03, 0.03);
    }

    [Fact]
    public void A_fixed_set_of_owners_or_a_short_history_gives_no_new_owner_share()
    {
        var fixedTeams = Enumerable.Range(0, 1000).Select(i => (Start.AddDays(i), $"team-{i % 7}")).ToList();

        Assert.Equal(0, NewOwnerRate.Fit(fixedTeams).PerYear);
        Assert.Equal(0, NewOwnerRate.Fit(TurningOverTracker(49, seed: 8)).PerYear);
        Assert.Equal(0, NewOwnerRate.None.ShareAt(365));
    }

    [Fact]
    public void The_share_grows_with_age_from_zero_and_stops_at_two_years()
    {
        var rate = new NewOwnerRate(Math.Log(2));

        Assert.Equal(0, rate.ShareAt(0));
        Assert.Equal(0, rate.ShareAt(-30));
        Assert.Equal(0.5, rate.ShareAt(365.25), 12);
        Assert.Equal(0.75, rate.ShareAt(ProbabilityCalibrator.MaxAgeDays), 3);
        Assert.Equal(rate.ShareAt(ProbabilityCalibrator.MaxAgeDays), rate.ShareAt(9 * 365));
    }
}
