using Reporting.Analytics.Capacity.Rotation;
using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Tests.Capacity.Rotation;

/// <summary>The rotation plan on small hand-built teams: fair turns, absences, newcomers with buddies, weeks nobody can take.</summary>
public class RotationPlannerTests
{
    private static readonly IsoWeek W49 = IsoWeek.Parse("2026-W49");
    private readonly RotationPlanner _planner = new(new RotationPlanOptions());

    private static PlanTeam Team(string name, string[] members, Dictionary<string, double>? expertise = null) =>
        new(name, members, ["billing-api", "checkout"], expertise ?? []);

    private static IEnumerable<PastRotation> Turns(string team, string engineer, params string[] weeks) =>
        weeks.Select(w => new PastRotation(IsoWeek.Parse(w), team, engineer));

    private static string[] Roster(IEnumerable<RotationPlanWeek> plan) =>
        plan.Select(w => $"{w.Week} {w.Engineer ?? "-"}{(w.Buddy is null ? "" : "+" + w.Buddy)}").ToArray();

    [Fact]
    public void Turns_go_to_whoever_has_been_off_rotation_longest_then_round_in_that_order()
    {
        var history = Turns("Payments", "Ada", "2026-W40", "2026-W44")
            .Concat(Turns("Payments", "Ben", "2026-W41", "2026-W45"))
            .Concat(Turns("Payments", "Cleo", "2026-W42", "2026-W43")).ToList();
        var input = new RotationPlanInput([Team("Payments", ["Ada", "Ben", "Cleo"])], [], history);

        var plan = _planner.Plan(input, W49, 6);

        Assert.Equal(
            ["2026-W49 Cleo", "2026-W50 Ada", "2026-W51 Ben", "2026-W52 Cleo", "2026-W53 Ada", "2027-W01 Ben"],
            Roster(plan));
        Assert.Equal("first turn in this plan, off rotation since 2026-W43", plan[0].Reason);
        Assert.Equal("turn 2 in this plan, off rotation since 2026-W49", plan[3].Reason);
        Assert.All(plan, w => Assert.Null(w.Unmet));
    }

    [Fact]
    public void Nobody_is_planned_in_a_week_with_a_working_day_away_and_turns_stay_fair()
    {
        var history = Turns("Payments", "Ada", "2026-W40", "2026-W41").Concat(Turns("Payments", "Ben", "2026-W42", "2026-W43")).ToList();
        // Ada away on the Tuesday of W49; Ben away only on the Saturday of W50, which does not count.
        var absences = new[]
        {
            new PlanAbsence("Ada", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1)),
            new PlanAbsence("Ben", new DateOnly(2026, 12, 12), new DateOnly(2026, 12, 13)),
        };
        var input = new RotationPlanInput([Team("Payments", ["Ada", "Ben"])], absences, history);

        var plan = _planner.Plan(input, W49, 4);

        Assert.Equal(["2026-W49 Ben", "2026-W50 Ada", "2026-W51 Ben", "2026-W52 Ada"], Roster(plan));
        Assert.Equal("first turn in this plan, off rotation since 2026-W43; 1 of 2 away", plan[0].Reason);
    }

    [Fact]
    public void A_newcomer_gets_the_present_team_mate_with_most_recent_work_on_the_teams_services_and_not_the_same_buddy_twice_running()
    {
        var history = Turns("Payments", "Ada", "2026-W30", "2026-W38", "2026-W46")
            .Concat(Turns("Payments", "Ben", "2026-W31", "2026-W39", "2026-W47"))
            .Concat(Turns("Payments", "Cleo", "2026-W32", "2026-W40", "2026-W48")).ToList();
        var expertise = new Dictionary<string, double> { ["Ada"] = 4.5, ["Ben"] = 9.25, ["Cleo"] = 1.0, ["Dev"] = 0.5 };
        var input = new RotationPlanInput([Team("Payments", ["Ada", "Ben", "Cleo", "Dev"], expertise)], [], history);

        var plan = _planner.Plan(input, W49, 6);

        // Dev has never been on rotation, so goes first, with Ben (most expertise); on Dev's second turn (still under 2)
        // nobody buddied the week before, so Ben again.
        Assert.Equal(
            ["2026-W49 Dev+Ben", "2026-W50 Ada", "2026-W51 Ben", "2026-W52 Cleo", "2026-W53 Dev+Ben", "2027-W01 Ada"],
            Roster(plan));
        Assert.Equal("first turn in this plan, never on rotation before; new to rotation (0 before): buddy Ben, most recent work on billing-api, checkout", plan[0].Reason);
        Assert.Equal("turn 2 in this plan, off rotation since 2026-W49; new to rotation (1 before): buddy Ben, most recent work on billing-api, checkout", plan[4].Reason);
    }

    [Fact]
    public void Two_newcomers_in_a_row_get_different_buddies_when_another_experienced_engineer_is_present()
    {
        var history = Turns("Mobile", "Ada", "2026-W40", "2026-W42").Concat(Turns("Mobile", "Ben", "2026-W41", "2026-W43")).ToList();
        var expertise = new Dictionary<string, double> { ["Ada"] = 2.0, ["Ben"] = 8.0 };
        var input = new RotationPlanInput([Team("Mobile", ["Ada", "Ben", "Eve", "Fin"], expertise)], [], history);

        var plan = _planner.Plan(input, W49, 2);

        Assert.Equal(["2026-W49 Eve+Ben", "2026-W50 Fin+Ada"], Roster(plan));
    }

    [Fact]
    public void A_week_everyone_is_away_is_reported_not_filled_and_so_is_a_newcomer_without_an_experienced_team_mate()
    {
        var absences = new[]
        {
            new PlanAbsence("Ada", new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 4)),
            new PlanAbsence("Gus", new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 6)),
            new PlanAbsence("Ada", new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11)),
        };
        var history = Turns("Search", "Ada", "2026-W40", "2026-W44").ToList();
        var input = new RotationPlanInput([Team("Search", ["Ada", "Gus"])], absences, history);

        var plan = _planner.Plan(input, W49, 3);

        Assert.Equal(["2026-W49 -", "2026-W50 Gus", "2026-W51 Ada"], Roster(plan));
        Assert.Equal("no engineer available", plan[0].Unmet);
        Assert.Equal("everyone in the team is away this week", plan[0].Reason);
        Assert.Equal("no experienced engineer present to buddy", plan[1].Unmet);
        Assert.Null(plan[2].Unmet);
    }

    [Fact]
    public void In_a_young_rotation_without_experienced_engineers_the_one_with_more_turns_buddies()
    {
        var history = Turns("Search", "Ada", "2026-W48").ToList();
        var input = new RotationPlanInput([Team("Search", ["Ada", "Gus"])], [], history);

        var plan = _planner.Plan(input, W49, 2);

        // In W50 both have one turn: nobody present knows more than Ada, and the plan says so.
        Assert.Equal(["2026-W49 Gus+Ada", "2026-W50 Ada"], Roster(plan));
        Assert.Equal("first turn in this plan, never on rotation before; new to rotation (0 before): buddy Ada (1 rotation before, the most of those present), most recent work on billing-api, checkout", plan[0].Reason);
        Assert.Equal([null, "no experienced engineer present to buddy"], plan.Select(w => w.Unmet));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(27)]
    public void The_number_of_weeks_is_bounded(int weeks)
    {
        var input = new RotationPlanInput([Team("Payments", ["Ada"])], [], []);

        Assert.Throws<ArgumentOutOfRangeException>(() => _planner.Plan(input, W49, weeks));
    }
}
