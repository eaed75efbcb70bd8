namespace Reporting.Analytics.Capacity.Forecasting;

/// <summary>How forecasts learn from a team's history and how their 80% intervals are made.</summary>
public sealed record ForecastSettings
{
    /// <summary>Recent weeks the model takes its inflow and hours per ticket from.</summary>
    public int WindowWeeks { get; init; } = 12;

    /// <summary>Recent weeks the drain's smoothed level is taken from.</summary>
    public int LevelWeeks { get; init; } = 52;

    /// <summary>Weeks of history before the first backtest forecast (the 4-week mean needs four).</summary>
    public int FirstOriginWeeks { get; init; } = 4;

    /// <summary>Earlier errors needed before an interval is made from them: with fewer than 9, an 80% conformal bound does not exist.</summary>
    public int MinResiduals { get; init; } = 9;

    /// <summary>The most recent errors an interval is made from, so it follows a team that changes.</summary>
    public int MaxResiduals { get; init; } = 52;

    public double LowerQuantile { get; init; } = 0.1;

    public double UpperQuantile { get; init; } = 0.9;

    public static ForecastSettings Default { get; } = new();
}
