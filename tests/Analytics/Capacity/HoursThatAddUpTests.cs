using Reporting.Analytics.Capacity;

namespace Reporting.Analytics.Tests.Capacity;

/// <summary>Nobody is charged more hours in a week than they have; what is asked beyond is overflow, and every figure reconciles.</summary>
public class HoursThatAddUpTests
{
    private static readonly DateOnly Monday = new(2026, 6, 1); // 2026-W23
    private static readonly DateTime MondayNoon = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private static async Task<CapacityScenario> ThreeEngineers()
    {
        var s = await CapacityScenario.CreateAsync();
        await s.TeamAsync("Payments", "billing", ("Ana", 40), ("Ben", 40), ("Cai", 40));
        await s.RotationAsync("Payments", Monday, "Ana");
        return s;
    }

    [Fact]
    public async Task Support_beyond_the_rotation_engineers_40_hours_is_overflow_that_teammates_take_on()
    {
        await using var s = await ThreeEngineers();
        for (var i = 0; i < 13; i++)
        {
            s.Ticket(MondayNoon.AddMinutes(i), "billing", "urgent", "bug", "Ana"); // 13 × 4 h = 52 h asked of Ana
        }

        var week = (await s.CalculateAsync(Monday, Monday)).Weeks.Single();

        Assert.Equal((52.0, 40.0, 40.0, 0.0, 12.0), (week.SupportHours, week.RotationHours, week.AbsorbedHours, week.LeakedHours, week.OverflowHours));
        Assert.Equal((120 - 40 - 12.0, 0.0), (week.EffectiveHours, week.UnservedHours));
    }

    [Fact]
    public async Task An_absent_engineer_is_charged_nothing_and_what_was_asked_of_them_overflows()
    {
        await using var s = await ThreeEngineers();
        await s.AbsenceAsync("Ben", Monday, Monday.AddDays(4)); // the whole working week
        s.Ticket(MondayNoon, "billing", "high", "bug", "Ben");   // 2 h asked of Ben
        s.Ticket(MondayNoon, "billing", "normal", "bug", "Cai"); // 1 h leaked from Cai

        var week = (await s.CalculateAsync(Monday, Monday)).Weeks.Single();

        Assert.Equal((80.0, 3.0, 0.0, 1.0, 2.0), (week.NominalHours, week.SupportHours, week.AbsorbedHours, week.LeakedHours, week.OverflowHours));
        Assert.Equal(80 - 40 - 1 - 2.0, week.EffectiveHours);
    }

    [Fact]
    public async Task Overflow_nobody_has_hours_for_is_unserved_and_effective_hours_never_go_negative()
    {
        var s = await CapacityScenario.CreateAsync();
        await using var _ = s;
        await s.TeamAsync("Mobile", "app", ("Dee", 40), ("Eli", 10));
        await s.RotationAsync("Mobile", Monday, "Dee");
        for (var i = 0; i < 15; i++)
        {
            s.Ticket(MondayNoon.AddMinutes(i), "app", "urgent", "bug", "Dee"); // 60 h asked of Dee
        }

        var week = (await s.CalculateAsync(Monday, Monday)).Weeks.Single();

        Assert.Equal((60.0, 40.0, 20.0), (week.SupportHours, week.AbsorbedHours, week.OverflowHours));
        Assert.Equal((0.0, 10.0), (week.EffectiveHours, week.UnservedHours)); // Eli's 10 h went to it; 10 h wait
    }

    [Fact]
    public async Task A_buddy_gives_the_rotation_a_quarter_of_their_week_and_support_they_take_on_within_it_is_absorbed_not_leaked()
    {
        await using var s = await CapacityScenario.CreateAsync();
        await s.TeamAsync("Payments", "billing", ("Ana", 40), ("Ben", 40), ("Cai", 40));
        await s.RotationAsync("Payments", Monday, "Ana", buddy: "Ben");
        s.Ticket(MondayNoon, "billing", "urgent", "bug", "Ana"); // 4 h asked of Ana, on rotation
        for (var i = 0; i < 3; i++)
        {
            s.Ticket(MondayNoon.AddMinutes(i), "billing", "urgent", "bug", "Ben"); // 12 h asked of Ben: 10 h paired, 2 h leaked
        }

        s.Ticket(MondayNoon, "billing", "high", "bug", "Cai"); // 2 h leaked from Cai

        var week = (await s.CalculateAsync(Monday, Monday)).Weeks.Single();

        Assert.Equal((18.0, 50.0, 14.0, 4.0, 0.0), (week.SupportHours, week.RotationHours, week.AbsorbedHours, week.LeakedHours, week.OverflowHours));
        Assert.Equal(120 - 50 - 4.0, week.EffectiveHours);
    }

    [Fact]
    public async Task In_every_week_support_is_absorbed_plus_leaked_plus_overflow_and_absorbed_never_exceeds_rotation()
    {
        await using var s = await ThreeEngineers();
        await s.RotationAsync("Payments", Monday.AddDays(7), "Ben");
        await s.AbsenceAsync("Ben", Monday.AddDays(7), Monday.AddDays(8));
        for (var day = 0; day < 14; day++)
        {
            for (var i = 0; i < 6 + day % 5 * 2; i++)
            {
                var t = s.Ticket(MondayNoon.AddDays(day).AddMinutes(i), "billing", i % 3 == 0 ? "urgent" : "high", "bug", i % 4 == 0 ? "Cai" : null);
                s.Event(t, MondayNoon.AddDays(day).AddMinutes(i + 30), "comment", "Ben");
            }
        }

        var weeks = (await s.CalculateAsync(Monday, Monday.AddDays(7))).Weeks;

        Assert.Equal(2, weeks.Count);
        Assert.All(weeks, w =>
        {
            Assert.Equal(w.SupportHours, w.AbsorbedHours + w.LeakedHours + w.OverflowHours, 6);
            Assert.True(w.AbsorbedHours <= w.RotationHours, $"{w.Week}: absorbed {w.AbsorbedHours} > rotation {w.RotationHours}");
            Assert.True(w.OverflowHours > 0, $"{w.Week} should overflow");
        });
        Assert.Equal(24.0, weeks[1].RotationHours); // Ben away two of five days
    }
}
