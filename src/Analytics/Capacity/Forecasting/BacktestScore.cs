namespace Reporting.Analytics.Capacity.Forecasting;

/// <summary>
/// How right one team's forecasts of effective hours were, <see cref="HorizonWeeks"/> ahead, over its history:
/// mean absolute error of the method used, the same relative to the naive forecast (last week's value) and to the
/// 4-week mean (below 1 = better than that baseline), and the share of weeks the 80% interval held the actual.
/// </summary>
public sealed record BacktestScore(
    string Team, int HorizonWeeks, int WeeksTested, double MaeHours, double? MaseNaive, double? MaseMean4, double? IntervalCoverage)
{
    public ForecastMethod Method { get; init; }

    /// <summary>Weeks whose interval could be judged: those with enough earlier errors to make one.</summary>
    public int IntervalWeeks { get; init; }

    public double ModelMaeHours { get; init; }

    public double NaiveMaeHours { get; init; }

    public double Mean4MaeHours { get; init; }
}
