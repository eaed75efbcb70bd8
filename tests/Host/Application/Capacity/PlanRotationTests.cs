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
