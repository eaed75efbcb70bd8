using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Forecasting;

namespace Reporting.Analytics.Tests.Capacity.Forecasting;

public class ForecastBacktestTests
{
    private static readonly ForecastBacktest Backtest = new(ForecastSettings.Default, (_, _) => 0);

    // Weeks of a team of five at 40 h with one on rotation; drain (leaked hours) and tickets given per week.
    private static List<TeamWeek> Weeks(int count, Func<int, double> nominal, Func<int, double> drain) =>
        Enumerable.Range(0, count).Select(i => new TeamWeek
        {
            Team = "Payments",
            WeekStart = new DateOnly(2026, 1, 5).AddDays(7 * i),
            Week = $"W{i}",
            NominalHours = nominal(i),
            RotationHours = 40,
            SupportHours = 40 + drain(i),
            AbsorbedHours = 40,
            LeakedHours = drain(i),
            TicketsOpened = (long)drain(i),
            EffectiveHours = nominal(i) - 40 - drain(i),
        }).ToList();

    [Fact]
    public void Knowing_next_weeks_absences_the_model_beats_both_baselines_and_its_interval_holds()
    {
        // Steady support (10 h a week), but every other week someone is away: effective hours swing 150 / 110.
        var history = Weeks(20, i => i % 2 == 0 ? 200 : 160, _ => 10);

        var score = Backtest.Score("Payments", history, horizon: 1);

        Assert.Equal((16, 0.0, 40.0, 20.0), (score.WeeksTested, score.MaeHours, score.NaiveMaeHours, score.Mean4MaeHours));
        Assert.Equal((0.0, 0.0), (score.MaseNaive, score.MaseMean4));
        Assert.Equal((ForecastMethod.Model, 7, 1.0), (score.Method, score.IntervalWeeks, score.IntervalCoverage));
    }

    [Fact]
    public void Two_weeks_ahead_the_last_week_is_the_same_weekday_pattern_and_one_fewer_week_is_tested()
    {
        var history = Weeks(20, i => i % 2 == 0 ? 200 : 160, _ => 10);

        var score = Backtest.Score("Payments", history, horizon: 2);

        Assert.Equal((15, 0.0, 0.0, 20.0), (score.WeeksTested, score.MaeHours, score.NaiveMaeHours, score.Mean4MaeHours));
        Assert.Null(score.MaseNaive); // last week's value never erred: no ratio to give
        Assert.Equal(5, score.IntervalWeeks);
    }

    [Fact]
    public void Where_the_model_does_not_beat_last_weeks_value_the_naive_forecast_is_used_and_scored()
    {
        // Support growing 5 h every week: last week's value lags by 5 h, a 12-week median by far more.
        var history = Weeks(30, _ => 200, i => 10 + 5 * i);

        var score = Backtest.Score("Payments", history, horizon: 1);

        Assert.Equal(ForecastMethod.Naive, score.Method);
        Assert.Equal((5.0, 1.0), (score.MaeHours, score.MaseNaive));
        Assert.True(score.ModelMaeHours > score.NaiveMaeHours);
    }

    [Fact]
    public void An_interval_is_made_from_earlier_errors_only_once_there_are_nine_of_them()
    {
        var history = Weeks(12, _ => 200, i => i % 3 * 6);

        Assert.Null(Backtest.Calibrate(history.Take(12).ToList(), horizon: 1).Interval); // 8 trials: too few
        var (_, interval) = Backtest.Calibrate(Weeks(13, _ => 200, i => i % 3 * 6), horizon: 1);

        Assert.Equal(9, interval!.Errors);
        Assert.True(interval.Low < 0 && interval.High > 0);
    }

    [Theory]
    [InlineData(9, 0.1, false, 1)]
    [InlineData(9, 0.9, true, 9)]
    [InlineData(19, 0.1, false, 2)]
    [InlineData(19, 0.9, true, 18)]
    [InlineData(52, 0.9, true, 48)]
    public void Conformal_bounds_are_the_order_statistics_that_hold_80_percent_of_the_next_week(int n, double p, bool upper, double expected)
    {
        var sorted = Enumerable.Range(1, n).Select(i => (double)i).ToList();

        Assert.Equal(expected, ForecastBacktest.ConformalBound(sorted, p, upper));
    }
}
