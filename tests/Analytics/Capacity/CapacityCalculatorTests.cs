using Reporting.Analytics.Capacity;
using Reporting.Warehouse;

namespace Reporting.Analytics.Tests.Capacity;

public class CapacityCalculatorTests
{
    private static readonly DateOnly Monday = new(2026, 6, 1); // 2026-W23
    private static readonly DateTime MondayNoon = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private static async Task<CapacityScenario> FiveEngineers()
    {
        var s = await CapacityScenario.CreateAsync();
        await s.TeamAsync("Payments", "billing", ("Ana", 40), ("Ben", 40), ("Cai", 40), ("Dee", 40), ("Eli", 40));
        await s.RotationAsync("Payments", Monday, "Ana");
        return s;
    }

    [Fact]
    public async Task A_team_of_five_at_40_hours_with_one_on_rotation_has_160_hours_left()
    {
        await using var s = await FiveEngineers();

        var week = (await s.CalculateAsync(Monday, Monday)).Weeks.Single();

        Assert.Equal(("Payments", "2026-W23", 200.0, 40.0, "Ana"), (week.Team, week.Week, week.NominalHours, week.RotationHours, week.RotationEngineer));
        Assert.Equal((0.0, 0.0, 160.0), (week.SupportHours, week.LeakedHours, week.EffectiveHours));
        Assert.Equal(0.8, week.EffectiveShare);
    }

    [Fact]
    public async Task Ticket_effort_adds_up_by_priority_and_type_and_stays_with_the_rotation_engineer()
    {
        await using var s = await FiveEngineers();
        s.Ticket(MondayNoon, "billing", "urgent", "bug", "Ana");        // 4 × 1.0
        s.Ticket(MondayNoon, "billing", "normal", "question", "Ana");   // 1 × 0.5
        s.Ticket(MondayNoon, "billing", "high", "incident", "Ana");     // 2 × 1.5

        var week = (await s.CalculateAsync(Monday, Monday)).Weeks.Single();

        Assert.Equal((7.5, 7.5, 0.0, 160.0), (week.SupportHours, week.AbsorbedHours, week.LeakedHours, week.EffectiveHours));
        Assert.Equal(3, week.TicketsOpened);
    }

    [Fact]
    public async Task Interrupts_of_engineers_not_on_rotation_leak_out_of_team_capacity()
    {
        await using var s = await FiveEngineers();
        var t1 = s.Ticket(MondayNoon, "billing", "normal", "bug", "Ana");   // 1 h absorbed
        s.Event(t1, MondayNoon.AddHours(2), "comment", "Ben");            // 0.25 h leaked
        s.Event(t1, MondayNoon.AddHours(3), "comment", "Ana");            // 0.25 h absorbed
        s.Event(t1, MondayNoon.AddHours(3), "comment", "customer");       // not an engineer: no effort
        s.Ticket(MondayNoon, "billing", "normal", "bug", "Cai");          // 1 h leaked

        var week = (await s.CalculateAsync(Monday, Monday)).Weeks.Single();

        Assert.Equal((2.5, 1.25, 1.25), (week.SupportHours, week.AbsorbedHours, week.LeakedHours));
        Assert.Equal(200 - 40 - 1.25, week.EffectiveHours);
    }

    [Fact]
    public async Task Reassignments_cost_time_and_are_counted_as_bounces()
    {
        await using var s = await FiveEngineers();
        var t = s.Ticket(MondayNoon, "billing", "low", "bug", "Ana");     // 0.5
        s.Event(t, MondayNoon.AddHours(1), "team_changed", "Dee");        // 0.5 leaked (Dee did the triage)
        s.Event(t, MondayNoon.AddHours(1), "assigned", "Ana");            // first assignment: free
        s.Event(t, MondayNoon.AddHours(2), "assigned", "Ana");            // reassignment: 0.5 absorbed

        var week = (await s.CalculateAsync(Monday, Monday)).Weeks.Single();

        Assert.Equal((1.5, 0.5, 1), (week.SupportHours, week.LeakedHours, (int)week.Reassigned));
    }

    [Fact]
    public async Task Tracked_time_replaces_the_estimate()
    {
        await using var s = await FiveEngineers();
        var t = s.Ticket(MondayNoon, "billing", "urgent", "bug", "Eli", resolved: MondayNoon.AddHours(5), trackedSeconds: 3 * 3600);
        s.Event(t, MondayNoon.AddHours(1), "comment", "Eli");

        var week = (await s.CalculateAsync(Monday, Monday)).Weeks.Single();

        Assert.Equal((3.0, 3.0), (week.SupportHours, week.LeakedHours));
        Assert.Equal(5.0, week.ResolutionP50Hours);
    }

    [Fact]
    public async Task Absences_reduce_nominal_and_rotation_hours_by_the_weekdays_missed()
    {
        await using var s = await FiveEngineers();
        await s.AbsenceAsync("Ana", new DateOnly(2026, 6, 4), new DateOnly(2026, 6, 7)); // Thu, Fri, Sat, Sun: 2 weekdays

        var week = (await s.CalculateAsync(Monday, Monday)).Weeks.Single();

        Assert.Equal((184.0, 24.0, 160.0), (week.NominalHours, week.RotationHours, week.EffectiveHours));
    }

    [Fact]
    public async Task Weeks_across_a_year_boundary_and_a_daylight_saving_change_are_iso_weeks_in_utc()
    {
        await using var s = await FiveEngineers();
        s.Ticket(new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc), "billing", assignee: "Ana"); // 2026-W53
        s.Ticket(new DateTime(2027, 1, 4, 0, 30, 0, DateTimeKind.Utc), "billing", assignee: "Ana");    // 2027-W01
        s.Ticket(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc), "billing", assignee: "Ana");  // EU clocks change that night: 2026-W43

        var weeks = (await s.CalculateAsync(new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 5))).Weeks;
        var autumn = (await s.CalculateAsync(new DateOnly(2026, 10, 19), new DateOnly(2026, 10, 26))).Weeks;

        Assert.Equal(["2026-W52", "2026-W53", "2027-W01"], weeks.Select(w => w.Week));
        Assert.Equal([0L, 1, 1], weeks.Select(w => w.TicketsOpened));
        Assert.Equal(["2026-W43", "2026-W44"], autumn.Select(w => w.Week));
        Assert.Equal([1L, 0], autumn.Select(w => w.TicketsOpened));
        Assert.All(autumn, w => Assert.Equal(200.0, w.NominalHours));
    }

    [Fact]
    public async Task An_empty_week_carries_the_backlog_and_a_team_without_tickets_still_appears()
    {
        await using var s = await FiveEngineers();
        await s.TeamAsync("Search", "search-api", ("Zoë", 32));
        s.Ticket(MondayNoon, "billing", assignee: "Ana");
        s.Ticket(MondayNoon, "billing", assignee: "Ana", resolved: MondayNoon.AddDays(9));

        var weeks = (await s.CalculateAsync(Monday, Monday.AddDays(14))).Weeks;
        var payments = weeks.Where(w => w.Team == "Payments").ToList();
        var search = weeks.Where(w => w.Team == "Search").ToList();

        Assert.Equal([2L, 1, 1], payments.Select(w => w.Backlog));
        Assert.Equal([0L, 1, 0], payments.Select(w => w.TicketsResolved));
        Assert.Equal(3, search.Count);
        Assert.All(search, w => Assert.Equal((32.0, 32.0, 0.0, 0.0), (w.NominalHours, w.RotationHours, w.SupportHours, w.EffectiveHours)));
    }

    [Fact]
    public async Task A_release_followed_by_a_bug_tail_shows_its_excess_over_the_baseline()
    {
        await using var s = await FiveEngineers();
        var release = new DateOnly(2026, 6, 29);
        await s.ReleaseAsync("billing", "2.0.0", release);
        var releaseDay = release.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        for (var week = 1; week <= 4; week++)
        {
            s.Ticket(releaseDay.AddDays(-7 * week + 1), "billing", assignee: "Ana"); // baseline: 1 bug a week
        }

        foreach (var (week, count) in new[] { (0, 5), (1, 3), (2, 2), (3, 1) })
        {
            for (var i = 0; i < count; i++)
            {
                s.Ticket(releaseDay.AddDays(7 * week + 1).AddHours(i), "billing", assignee: "Ana");
            }
        }

        s.Ticket(releaseDay.AddDays(2), "billing", type: "question", assignee: "Ana"); // not a bug: not in the tail

        await s.CalculateAsync(Monday, Monday.AddDays(42));
        var tail = (await s.Warehouse.Connection.ListAsync<(long W0, long W1, long W2, double Baseline, double Excess, double Hours)>(
            "SELECT week0_tickets, week1_tickets, week2_tickets, baseline_per_week, excess_tickets, support_hours FROM release_tails")).Single();

        Assert.Equal((5L, 3L, 2L, 1.0, 7.0, 10.0), tail);
    }

    [Fact]
    public async Task Forecast_weeks_use_known_rotation_and_give_an_interval_around_the_expected_leak()
    {
        await using var s = await FiveEngineers();
        for (var week = 0; week < 4; week++)
        {
            for (var i = 0; i < 2 + week; i++)
            {
                s.Ticket(MondayNoon.AddDays(7 * week).AddHours(i), "billing", assignee: i % 2 == 0 ? "Ana" : "Ben");
            }
        }

        var weeks = (await s.CalculateAsync(Monday, Monday.AddDays(21), forecastWeeks: 2)).Weeks;
        var forecast = weeks.Where(w => w.Forecast).ToList();

        Assert.Equal(6, weeks.Count);
        Assert.Equal(["2026-W27", "2026-W28"], forecast.Select(w => w.Week));
        Assert.All(forecast, f =>
        {
            Assert.Equal(200.0, f.NominalHours);
            Assert.NotNull(f.RotationEngineer);
            Assert.InRange(f.EffectiveHours, f.EffectiveLow!.Value, f.EffectiveHigh!.Value);
            Assert.True(f.EffectiveHigh > f.EffectiveLow);
            Assert.Equal(4, f.TicketsOpened); // median of 2, 3, 4, 5 weekly tickets is 3.5, rounded half to even
        });
    }

    [Fact]
    public async Task Without_teams_yaml_teams_are_derived_from_products_and_the_output_says_so()
    {
        await using var s = await CapacityScenario.CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            s.Ticket(MondayNoon.AddHours(i), product: "HDFS", assignee: "alice");
            s.Ticket(MondayNoon.AddHours(i), product: "YARN", assignee: "bob");
        }

        s.Ticket(MondayNoon, product: "YARN", assignee: "carol"); // too few tickets to count as a member

        var result = await s.CalculateAsync(Monday, Monday);

        Assert.True(result.DerivedTeams);
        Assert.Contains("No teams.yaml", result.RosterNote);
        Assert.Equal(["HDFS", "YARN"], result.Weeks.Select(w => w.Team));
        Assert.All(result.Weeks, w => Assert.Equal(40.0, w.NominalHours));
        var yarn = result.Weeks.Single(w => w.Team == "YARN");
        // carol is not a member, so her ticket is charged to YARN's rotation engineer (bob, the only member).
        Assert.Equal((4.0, 4.0, 0.0), (yarn.SupportHours, yarn.AbsorbedHours, yarn.LeakedHours));
    }

    [Fact]
    public async Task An_unknown_team_is_not_found_with_the_known_ones_listed()
    {
        await using var s = await FiveEngineers();

        var ex = await Assert.ThrowsAsync<NotFoundException>(() => s.CalculateAsync(Monday, Monday, team: "Nope"));

        Assert.Equal("Unknown team 'Nope'. Teams: Payments", ex.Message);
    }

    [Fact]
    public async Task A_tail_cut_short_by_the_next_release_is_compared_with_the_baseline_only_for_the_days_it_had()
    {
        await using var s = await FiveEngineers();
        var first = new DateOnly(2026, 6, 29);
        await s.ReleaseAsync("billing", "2.0.0", first);
        await s.ReleaseAsync("billing", "2.0.1", first.AddDays(7));
        var day = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        for (var week = 1; week <= 4; week++)
        {
            s.Ticket(day.AddDays(-7 * week + 1), "billing", assignee: "Ana"); // 1 bug a week before
        }

        for (var i = 0; i < 5; i++)
        {
            s.Ticket(day.AddDays(1).AddHours(i), "billing", assignee: "Ana"); // 5 bugs in the week before 2.0.1
        }

        s.Ticket(day.AddDays(8), "billing", assignee: "Ana"); // belongs to 2.0.1

        var result = await s.CalculateAsync(Monday, Monday.AddDays(35));
        var tail = result.ReleaseTails.Single(t => t.Version == "2.0.0");

        Assert.Equal((5L, 0L, 7L), (tail.Week0, tail.Week1, tail.ObservedDays));
        Assert.Equal(4.0, tail.ExcessTickets); // 5 against one week of the usual 1, not three weeks
        Assert.False(tail.Observed(1));
    }

    [Fact]
    public async Task The_forecast_does_not_depend_on_how_many_weeks_are_shown()
    {
        await using var s = await FiveEngineers();
        for (var week = 0; week < 6; week++)
        {
            for (var i = 0; i < 2 + week % 3; i++)
            {
                s.Ticket(MondayNoon.AddDays(7 * week).AddHours(i), "billing", assignee: i % 2 == 0 ? "Ana" : "Ben");
            }
        }

        var wide = (await s.CalculateAsync(Monday, Monday.AddDays(35), forecastWeeks: 2)).Weeks.Where(w => w.Forecast).ToList();
        var narrow = (await s.CalculateAsync(Monday.AddDays(35), Monday.AddDays(35), forecastWeeks: 2)).Weeks.Where(w => w.Forecast).ToList();

        Assert.Equal(wide, narrow);
        Assert.All(narrow, f => Assert.True(f.EffectiveHigh > f.EffectiveLow));
    }

    [Fact]
    public async Task After_the_rotation_file_ends_whoever_has_been_off_rotation_longest_goes_next()
    {
        await using var s = await FiveEngineers(); // Ana on rotation in W23
        await s.RotationAsync("Payments", Monday.AddDays(7), "Ben");
        await s.RotationAsync("Payments", Monday.AddDays(14), "Dee");

        var weeks = (await s.CalculateAsync(Monday, Monday.AddDays(14), forecastWeeks: 3)).Weeks;

        Assert.Equal(["Ana", "Ben", "Dee", "Cai", "Eli", "Ana"], weeks.Select(w => w.RotationEngineer));
    }
}
