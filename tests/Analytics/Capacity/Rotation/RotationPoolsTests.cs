using Reporting.Analytics.Capacity.Rotation;
using Reporting.Warehouse;
using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Tests.Capacity.Rotation;

/// <summary>One rotation per set of services: the teams owning them share one engineer a week; the rest rotate on their own.</summary>
public class RotationPoolsTests
{
    private static readonly IsoWeek W49 = IsoWeek.Parse("2026-W49");

    private static readonly Dictionary<string, string> ServiceTeams = new(StringComparer.Ordinal)
    {
        ["hdfs"] = "Storage", ["yarn"] = "Compute", ["ui"] = "Web",
    };

    private static readonly PlanTeam[] Teams =
    [
        new("Compute", ["Cleo"], ["yarn"], new Dictionary<string, double> { ["Cleo"] = 3 }),
        new("Storage", ["Ada", "Ben"], ["hdfs"], new Dictionary<string, double> { ["Ada"] = 5, ["Ben"] = 1 }),
        new("Web", ["Dan", "Eve"], ["ui"], new Dictionary<string, double>()),
    ];

    private static IEnumerable<PastRotation> Turns(string team, string engineer, params string[] weeks) =>
        weeks.Select(w => new PastRotation(IsoWeek.Parse(w), team, engineer));

    [Fact]
    public void Teams_owning_a_groups_services_share_one_engineer_a_week_stored_for_the_engineers_own_team()
    {
        var history = Turns("Storage", "Ada", "2026-W40", "2026-W43").Concat(Turns("Storage", "Ben", "2026-W41", "2026-W44"))
            .Concat(Turns("Compute", "Cleo", "2026-W42", "2026-W45"))
            .Concat(Turns("Web", "Dan", "2026-W40", "2026-W42")).Concat(Turns("Web", "Eve", "2026-W41", "2026-W43")).ToList();
        var pools = RotationPools.Combine(Teams, ServiceTeams, [RotationGroup.Parse("platform=hdfs, yarn")]);

        var plan = new RotationPlanner(new RotationPlanOptions()).Plan(new RotationPlanInput(pools, [], history), W49, 3);

        Assert.Equal(
            [
                "2026-W49 Storage Ada (platform)", "2026-W49 Web Dan", "2026-W50 Storage Ben (platform)", "2026-W50 Web Eve",
                "2026-W51 Compute Cleo (platform)", "2026-W51 Web Dan",
            ],
            plan.Select(w => $"{w.Week} {w.Team} {w.Engineer}{(w.Rotation is null ? "" : $" ({w.Rotation})")}"));
        Assert.Equal("platform rotation (hdfs, yarn); first turn in this plan, off rotation since 2026-W43", plan[0].Reason);
        Assert.All(plan, w => Assert.Null(w.Buddy));
        Assert.Equal([(W49, "Storage", "Ada", (string?)null), (W49, "Compute", "Ada", null)], plan[0].Rows());
        Assert.Equal([(W49, "Web", "Dan", (string?)null)], plan[1].Rows());
    }

    [Fact]
    public void A_stored_group_week_is_one_turn_although_it_is_a_row_per_team()
    {
        // W45 was Ada's only group week, stored for Storage and for Compute: she is still new to rotation.
        var history = Turns("Storage", "Ada", "2026-W45").Concat(Turns("Compute", "Ada", "2026-W45"))
            .Concat(Turns("Storage", "Ben", "2026-W42", "2026-W46")).Concat(Turns("Compute", "Cleo", "2026-W41", "2026-W44")).ToList();
        var pools = RotationPools.Combine(Teams, ServiceTeams, [new RotationGroup("platform", ["hdfs", "yarn"])]);

        var plan = new RotationPlanner(new RotationPlanOptions()).Plan(new RotationPlanInput(pools, [], history), W49, 3)
            .Where(w => w.Rotation == "platform").ToList();

        Assert.Equal(["Cleo", "Ada+Cleo", "Ben"], plan.Select(w => w.Engineer + (w.Buddy is null ? "" : "+" + w.Buddy)));
        Assert.Equal(
            "platform rotation (hdfs, yarn); first turn in this plan, off rotation since 2026-W45; new to rotation (1 before): buddy Cleo, most recent work on hdfs, yarn",
            plan[1].Reason);
    }

    [Fact]
    public void Without_groups_every_team_rotates_on_its_own()
    {
        Assert.Same(Teams, RotationPools.Combine(Teams, ServiceTeams, []));
    }

    [Theory]
    [InlineData("platform=hdfs,kafka", "Rotation group 'platform' names service 'kafka', which no team in teams.yaml owns. Services: hdfs, ui, yarn")]
    [InlineData("platform=hdfs|edge=yarn,hdfs", "Team 'Storage' owns services in rotation groups 'platform' and 'edge'; a team's engineers rotate in one group.")]
    [InlineData("platform=hdfs|platform=yarn", "Rotation group 'platform' is given twice.")]
    public void Groups_that_cannot_be_planned_are_refused_with_what_to_fix(string groups, string message)
    {
        var parsed = groups.Split('|').Select(RotationGroup.Parse).ToList();

        var error = Assert.Throws<UserInputException>(() => RotationPools.Combine(Teams, ServiceTeams, parsed));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("platform")]
    [InlineData("=hdfs")]
    [InlineData("platform=")]
    public void A_group_must_be_written_name_equals_services(string text)
    {
        var error = Assert.Throws<UserInputException>(() => RotationGroup.Parse(text));

        Assert.Equal($"Rotation group '{text}' is not NAME=SERVICE,SERVICE (e.g. storage=hdfs,yarn).", error.Message);
    }
}
