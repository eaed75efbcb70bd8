using Reporting.Analytics.RotationFit;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Tests.RotationFit;

/// <summary>Fits, tight or backlog: the range against the end of the team's current rotation.</summary>
public class RotationFitRuleTests
{
    private static readonly DateTime Created = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc); // a Monday
    private static readonly DateTime Now = Created.AddHours(1);
    private static readonly DateTime RotationEnds = new(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc); // 6.6 days after creation

    [Theory]
    [InlineData(0.5, 2, 5, RotationVerdict.Fits)]
    [InlineData(1, 4, 10, RotationVerdict.Tight)]
    [InlineData(3, 8, 20, RotationVerdict.Backlog)]
    public void The_upper_end_decides_fits_and_the_median_tight(double low, double median, double high, RotationVerdict expected)
    {
        var (verdict, _) = RotationFitRule.Judge(Created, Now, new ResolutionRange(low, median, high, RangeBasis.SimilarTickets, 10), RotationEnds);

        Assert.Equal(expected, verdict);
    }

    [Fact]
    public void Each_verdict_says_why_in_plain_words()
    {
        var range = new ResolutionRange(0.5, 2, 5, RangeBasis.SimilarTickets, 10);

        Assert.Equal((RotationVerdict.Fits, "9 in 10 like it were resolved within 5 d; the rotation has 6.6 d left"),
            RotationFitRule.Judge(Created, Now, range, RotationEnds));
        Assert.Equal((RotationVerdict.Backlog, "already open 6 d, longer than 9 in 10 like it took (5 d)"),
            RotationFitRule.Judge(Created, Created.AddDays(6), range, RotationEnds));
        Assert.Equal((RotationVerdict.Unknown, "no rotation on record for the team this week"),
            RotationFitRule.Judge(Created, Now, range, null));
        Assert.Equal((RotationVerdict.Unknown, "too few resolved tickets to estimate from"),
            RotationFitRule.Judge(Created, Now, null, RotationEnds));
    }

    [Fact]
    public void Consecutive_weeks_of_the_same_engineer_are_one_rotation()
    {
        RotationWeekRow[] weeks =
        [
            new(new DateOnly(2026, 11, 23), "alice"),
            new(new DateOnly(2026, 11, 30), "alice"),
            new(new DateOnly(2026, 12, 7), "bob"),
        ];

        Assert.Equal(new RotationWindow("alice", new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc)), RotationWindow.At(weeks, new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new RotationWindow("bob", new DateTime(2026, 12, 14, 0, 0, 0, DateTimeKind.Utc)), RotationWindow.At(weeks, new DateTime(2026, 12, 8, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Null(RotationWindow.At(weeks, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_ticket_range_uses_only_resolved_neighbours_resolved_by_now_in_similarity_order()
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        // R1..R6 took 1..6 days; R7 is resolved only after "now"; OPEN is not resolved at all.
        var resolved = Enumerable.Range(1, 6).Select(i => new ResolvedTicket($"R{i}", start, start.AddDays(i), "api", "Payments", i == 1 ? null : i * 3600L))
            .Append(new ResolvedTicket("R7", start, Now.AddDays(1), "api", "Payments", null))
            .ToList();
        var history = new ResolutionHistory(resolved);

        var fit = history.Estimate(new FitTicket("NEW", Created, null, "api", "Payments"), ["OPEN", "R7", "R6", "R5", "R4", "R3", "R2", "R1"], Now,
            new RotationWindow("alice", RotationEnds), new ResolutionRangeOptions { Widening = 0 });

        Assert.Equal(["R6", "R5", "R4", "R3", "R2", "R1"], fit.Neighbours);
        Assert.Equal(new ResolutionRange(1.5, 3.5, 5.5, RangeBasis.SimilarTickets, 6), fit.Range);
        Assert.Equal(new EffortRange(2.4, 4, 5.6, 5), fit.Effort is { } e ? e with { LowHours = Math.Round(e.LowHours, 6), HighHours = Math.Round(e.HighHours, 6) } : null);
        Assert.Equal((RotationVerdict.Fits, "alice"), (fit.Verdict, fit.RotationEngineer));
    }
}
