using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Effort;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Tests.Capacity.Effort;

public class EffortModelFitterTests
{
    private static readonly DateTime Start = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    private static List<TrackedTicket> Tracked(int count, string priority, string type, Func<int, double> hours, long comments = 0) =>
        Enumerable.Range(0, count).Select(i => new TrackedTicket(priority, type, hours(i), comments, 0, Start.AddHours(i))).ToList();

    [Fact]
    public void Without_enough_tracked_time_the_defaults_are_used_and_the_note_says_why()
    {
        var fit = EffortModelFitter.Fit(Tracked(9, "major", "bug", _ => 2), EffortModel.Default);

        Assert.False(fit.UsesFitted);
        Assert.Same(EffortModel.Default, fit.Model);
        Assert.Equal("Effort: the default hours per ticket are used (9 tickets have tracked time; 30 are needed to fit them).", fit.Note);
    }

    [Fact]
    public void High_bugs_tracked_at_three_hours_replace_the_default_hour_when_that_predicts_the_held_back_tickets_better()
    {
        // 40 high bugs, each 3 h with two engineer comments (2 × 0.15 h): the fitted base is 2.7 h.
        var fit = EffortModelFitter.Fit(Tracked(40, "high", "bug", _ => 3, comments: 2), EffortModel.Default);

        Assert.Equal((40, 8, 1.7, 0.0, true), (fit.TrackedTickets, fit.HeldBack, fit.DefaultMaeHours, fit.FittedMaeHours, fit.UsesFitted));
        Assert.Equal(2.7, fit.Model.BaseHours("High", "Bug"), 6);
        Assert.Equal(0.5, fit.Model.BaseHours("normal", "bug")); // untracked cells keep the defaults
    }

    [Fact]
    public void A_fit_that_predicts_worse_than_the_defaults_is_not_used()
    {
        // Tracked time drifts upwards: the older four fifths say 0.5 h, the newest fifth took 1 h, as the default says.
        var fit = EffortModelFitter.Fit(Tracked(50, "high", "bug", i => i < 40 ? 0.5 : 1.0), EffortModel.Default);

        Assert.False(fit.UsesFitted);
        Assert.Equal((0.0, 0.5), (fit.DefaultMaeHours, fit.FittedMaeHours));
        Assert.Contains("the defaults are kept", fit.Note);
    }

    [Fact]
    public void A_cell_with_too_few_tickets_takes_its_prioritys_median()
    {
        var tickets = Tracked(30, "high", "bug", _ => 4).Concat(Tracked(3, "high", "question", _ => 40)).OrderBy(t => t.CreatedAt).ToList();

        var fit = EffortModelFitter.Fit(tickets, EffortModel.Default with { HoursPerComment = 0 });

        Assert.Equal(4.0, fit.Model.BaseHours("high", "question"));
    }
}
