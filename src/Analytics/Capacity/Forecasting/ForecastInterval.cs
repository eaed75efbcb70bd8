namespace Reporting.Analytics.Capacity.Forecasting;

/// <summary>An 80% interval as offsets from the point forecast, made from <see cref="Errors"/> past errors.</summary>
public sealed record ForecastInterval(double Low, double High, int Errors);
