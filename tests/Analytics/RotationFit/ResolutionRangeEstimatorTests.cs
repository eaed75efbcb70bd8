using Reporting.Analytics.RotationFit;

namespace Reporting.Analytics.Tests.RotationFit;

/// <summary>The time-to-resolve range: quantiles of the similar tickets' times, the fallbacks, and the conformal correction.</summary>
public class ResolutionRangeEstimatorTests
{
    private static readonly double[] OneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    private static readonly IReadOnlyList<(RangeBasis, IReadOnlyList<double>)> NoFallback = [];

    /// <summary>The options without the conformal correction measured on the Jira data.</summary>
    private static readonly ResolutionRangeOptions Raw = new() { Widening = 0 };

    [Fact]
    public void The_range_is_the_10th_to_90th_percentile_of_the_neighbours_interpolated_between_order_statistics()
    {
        var range = ResolutionRangeEstimator.Estimate(OneToTen, NoFallback, Raw);

        Assert.Equal(new ResolutionRange(1.9, 5.5, 9.1, RangeBasis.SimilarTickets, 10), Rounded(range!));
    }

    [Fact]
    public void Only_the_k_most_similar_count_and_the_widening_divides_the_low_end_and_multiplies_the_high_end()
    {
        // The 11th to 13th most similar (100 days) are not among the k = 10 neighbours.
        var range = ResolutionRangeEstimator.Estimate([.. OneToTen, 100, 100, 100], NoFallback, Raw with { Widening = Math.Log(2) });

        Assert.Equal(new ResolutionRange(0.95, 5.5, 18.2, RangeBasis.SimilarTickets, 10), Rounded(range!));
    }

    [Fact]
    public void With_fewer_than_five_neighbours_the_first_fallback_with_twenty_tickets_gives_the_range()
    {
        var team = Enumerable.Range(1, 21).Select(d => (double)d).ToList();
        IReadOnlyList<(RangeBasis, IReadOnlyList<double>)> fallbacks =
        [
            (RangeBasis.Service, [1.0, 2.0, 3.0]), // too few
            (RangeBasis.Team, team),
            (RangeBasis.AllTickets, OneToTen),
        ];

        var range = ResolutionRangeEstimator.Estimate([4, 4, 4, 4], fallbacks, Raw);
        var none = ResolutionRangeEstimator.Estimate([4], [(RangeBasis.AllTickets, OneToTen)], Raw);

        Assert.Equal(new ResolutionRange(3, 11, 19, RangeBasis.Team, 21), Rounded(range!));
        Assert.Null(none);
    }

    [Fact]
    public void The_conformal_correction_is_the_score_at_rank_ceiling_of_n_plus_1_times_the_coverage()
    {
        var raw = new ResolutionRange(1, 2, 4, RangeBasis.SimilarTickets, 10);
        // Scores max(ln low − ln y, ln y − ln high): y = 2 → −ln 2; y = 1 → 0; y = 8 → ln 2; y = 16 → ln 4.
        (ResolutionRange, double)[] validation = [(raw, 2), (raw, 1), (raw, 8), (raw, 16)];

        Assert.Equal(Math.Log(4), ResolutionRangeEstimator.ConformalWidening(validation, 0.8), 9);
        Assert.Equal(Math.Log(2), ResolutionRangeEstimator.ConformalWidening(validation, 0.5), 9);
        Assert.Equal(-Math.Log(2), ResolutionRangeEstimator.ConformalWidening(validation, 0.1), 9);
    }

    [Fact]
    public void A_range_holds_times_within_it_and_times_under_an_hour_count_as_an_hour()
    {
        var range = new ResolutionRange(0.01, 1, 3, RangeBasis.SimilarTickets, 10);

        Assert.Equal([true, true, true, false, false],
            new[] { 0.0, 1.0 / 48, 3.0, 3.01, 10 }.Select(range.Holds));
        Assert.False(new ResolutionRange(0.5, 1, 3, RangeBasis.SimilarTickets, 10).Holds(0.4));
    }

    [Fact]
    public void Effort_needs_three_tracked_neighbours()
    {
        Assert.Null(ResolutionRangeEstimator.Effort([2, 4], Raw));
        Assert.Equal(new EffortRange(2.6, 5, 7.4, 3), ResolutionRangeEstimator.Effort([2, 8, 5], Raw) is { } e
            ? e with { LowHours = Math.Round(e.LowHours, 6), HighHours = Math.Round(e.HighHours, 6) } : null);
    }

    private static ResolutionRange Rounded(ResolutionRange r) =>
        r with { LowDays = Math.Round(r.LowDays, 6), MedianDays = Math.Round(r.MedianDays, 6), HighDays = Math.Round(r.HighDays, 6) };
}
