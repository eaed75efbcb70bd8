namespace Reporting.Analytics.Capacity.Forecasting;

/// <summary>
/// One backtest forecast: made with what was known at the end of <see cref="Origin"/>'s week for the week
/// <see cref="Target"/>, <see cref="Horizon"/> weeks later, by the model and by the two naive baselines.
/// </summary>
public sealed record ForecastTrial(
    int Horizon, DateOnly Origin, DateOnly Target, double Actual, double Model, double Naive, double Mean4)
{
    public double Predicted(ForecastMethod method) => method == ForecastMethod.Model ? Model : Naive;

    /// <summary>Actual minus predicted: what the interval is made of.</summary>
    public double Residual(ForecastMethod method) => Actual - Predicted(method);
}
