using Reporting.Analytics.Capacity.Rotation;
using Reporting.Host.Application;
using Reporting.Host.Application.Capacity;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Application.Capacity;

/// <summary>The rotation plan on a generated sample company, and applied: capacity's forecast then counts the planned engineers.</summary>
public sealed class PlanRotationTests : IAsyncLifetime
{
    private readonly SampleWarehouse _sample = new();

    public Task InitializeAsync() => _sample.InitializeAsync();

    public Task DisposeAsync() => _sample.DisposeAsync();

    private PlanRotation Planner => new(TestClock.Create(), new RotationPlanOptions());

    [Fact]
    public async Task Every_team_gets_exactly_one_present_engineer_a_week_from_its_own_members()
    {
        var connection = _sample.Warehouse.Connection;
        var members = await connection.ListAsync<(string Team, string Engineer)>("SELECT team, engineer FROM team_members");
        var absences = await connection.ListAsync<(string Engineer, DateOnly Start, DateOnly End)>("SELECT engineer, start_date, end_date FROM absences");

        var plan = await Planner.RunAsync(connection, 4, "2026-W49", apply: false, CancellationToken.None);

        var teams = members.Select(m => m.Team).Distinct().Count();
        Assert.Equal(4 * teams, plan.Count);
        Assert.All(plan.GroupBy(w => (w.Week, w.Team)), g => Assert.Single(g));
        Assert.All(plan, w => Assert.Contains((w.Team, w.Engineer!), members));
        Assert.All(plan, w => Assert.DoesNotContain(absences, a => a.Engineer == w.Engineer && a.Start <= w.Week.Monday.AddDays(4) && a.End >= w.Week.Monday));
        Assert.All(plan, w => Assert.NotEqual("no engineer available", w.Unmet));
        Assert.Equal(0, await connection.ScalarAsync<long>("SELECT count(*) FROM rotation WHERE week_start >= DATE '2026-11-30'"));
    }

    [Fact]
    public async Task An_applied_plan_is_the_rotation_capacity_forecasts_with_even_where_its_own_fill_would_choose_someone_away()
    {
        var connection = _sample.Warehouse.Connection;
        var compute = new ComputeCapacity(TestClock.Create());
        var before = await compute.RunAsync(connection, new CapacityRequest("Payments", ForecastWeeks: 2), CancellationToken.None);
        var firstForecast = before.Result.Weeks.First(w => w.Forecast);
        var filledIn = firstForecast.RotationEngineer!;
        var monday = Reporting.Warehouse.Calendar.IsoWeek.Parse(firstForecast.Week).Monday;
        await connection.RunAsync("INSERT INTO absences VALUES ($engineer, $start, $end)",
            new { engineer = filledIn, start = monday.ToDateTime(TimeOnly.MinValue), end = monday.AddDays(4).ToDateTime(TimeOnly.MinValue) });

        var plan = await Planner.RunAsync(connection, 2, firstForecast.Week, apply: true, CancellationToken.None);
        var after = await compute.RunAsync(connection, new CapacityRequest("Payments", ForecastWeeks: 2), CancellationToken.None);

        var planned = plan.Single(w => w.Team == "Payments" && w.Week.ToString() == firstForecast.Week).Engineer;
        Assert.NotEqual(filledIn, planned);
        Assert.Equal(planned, after.Result.Weeks.Single(w => w.Week == firstForecast.Week).RotationEngineer);
    }

    [Fact]
    public async Task A_rotation_group_puts_one_engineer_on_for_its_teams_and_capacity_counts_the_rotation_for_that_engineers_team_only()
    {
        var connection = _sample.Warehouse.Connection;
        var services = await connection.ListAsync<(string Team, string Service)>(
            "SELECT team, min(service) FROM services WHERE team IN ('Payments', 'Identity') GROUP BY team ORDER BY team");
        var group = new RotationGroup("shared", services.Select(s => s.Service).ToList());
        var members = await connection.ListAsync<(string Team, string Engineer)>("SELECT team, engineer FROM team_members");
        var planner = new PlanRotation(TestClock.Create(), new RotationPlanOptions { Groups = [group] });

        var plan = await planner.RunAsync(connection, 2, "2026-W49", apply: true, CancellationToken.None);

        var shared = plan.Where(w => w.Rotation == "shared").ToList();
        Assert.Equal(2, shared.Count);
        Assert.All(shared, w => Assert.Contains((w.Team, w.Engineer!), members));
        Assert.DoesNotContain(plan, w => w.Rotation is null && w.Team is "Payments" or "Identity");
        var teams = members.Select(m => m.Team).Distinct().Count();
        Assert.Equal(2 * (teams - 1), plan.Count);

        var week = shared[0];
        var other = week.Team == "Payments" ? "Identity" : "Payments";
        var capacity = new ComputeCapacity(TestClock.Create());
        var own = (await capacity.RunAsync(connection, new CapacityRequest(week.Team, ForecastWeeks: 4), CancellationToken.None)).Result.Weeks.Single(w => w.Week == "2026-W49");
        var covered = (await capacity.RunAsync(connection, new CapacityRequest(other, ForecastWeeks: 4), CancellationToken.None)).Result.Weeks.Single(w => w.Week == "2026-W49");
        Assert.Equal(week.Engineer, own.RotationEngineer);
        Assert.True(own.RotationHours > 0);
        Assert.Equal(week.Engineer, covered.RotationEngineer);
        Assert.Equal(0, covered.RotationHours);
    }

    [Theory]
    [InlineData(0, null, "weeks")]
    [InlineData(27, null, "weeks")]
    [InlineData(4, "next week", "from")]
    public async Task Weeks_and_the_first_week_are_checked_naming_the_field(int weeks, string? from, string field)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            Planner.RunAsync(_sample.Warehouse.Connection, weeks, from, apply: false, CancellationToken.None));

        Assert.Equal(field, error.Field);
    }
}
