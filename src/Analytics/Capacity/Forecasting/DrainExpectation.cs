namespace Reporting.Analytics.Capacity.Forecasting;

/// <summary>Expected support in a coming week: tickets, and the hours they ask of the rotation engineer, of teammates (leaked) and beyond (overflow).</summary>
public sealed record DrainExpectation(double Tickets, double AbsorbedHours, double LeakedHours, double OverflowHours)
{
    public double SupportHours => AbsorbedHours + LeakedHours + OverflowHours;

    /// <summary>What support is expected to take from planned work besides the rotation engineer.</summary>
    public double DrainHours => LeakedHours + OverflowHours;
}
