namespace Reporting.Analytics.Capacity.Forecasting;

/// <summary>How a forecast week's figure was made.</summary>
public enum ForecastMethod
{
    /// <summary>The support-drain model: expected tickets × recent drain per ticket, plus release tails, against the week's known hours.</summary>
    Model,

    /// <summary>Last week's figure again: used where the model did not beat it on the team's own history.</summary>
    Naive,
}
