using Reporting.Analytics.Capacity.Forecasting;

namespace Reporting.Analytics.Capacity;

/// <summary>
/// One team's capacity in one ISO week. Hours add up: support = absorbed + leaked + overflow, where nobody is
/// charged more than they had that week (absorbed ≤ rotation hours). Overflow is the support demand beyond what the
/// engineer asked had: it spills to teammates as far as they have hours left, and the rest (unserved) waits in the
/// backlog. Effective = nominal − rotation − leaked − spilled overflow. For forecast weeks the support figures are
/// expectations and <see cref="EffectiveLow"/>/<see cref="EffectiveHigh"/> bound an 80% interval.
/// </summary>
public sealed record TeamWeek
{
    public required string Team { get; init; }
    public required DateOnly WeekStart { get; init; }
    public required string Week { get; init; }
    public double NominalHours { get; init; }
    public double RotationHours { get; init; }
    public string? RotationEngineer { get; init; }
    public double SupportHours { get; init; }
    public double AbsorbedHours { get; init; }
    public double LeakedHours { get; init; }
    public double OverflowHours { get; init; }

    /// <summary>The part of <see cref="OverflowHours"/> nobody in the team had hours for: carried into the backlog.</summary>
    public double UnservedHours { get; init; }
    public double EffectiveHours { get; init; }
    public long TicketsOpened { get; init; }
    public long TicketsResolved { get; init; }
    public long Backlog { get; init; }
    public double? FirstResponseP50Hours { get; init; }
    public double? FirstResponseP90Hours { get; init; }
    public double? ResolutionP50Hours { get; init; }
    public double? ResolutionP90Hours { get; init; }
    public long Reopened { get; init; }
    public long Reassigned { get; init; }
    public bool Forecast { get; init; }
    public double? EffectiveLow { get; init; }
    public double? EffectiveHigh { get; init; }

    /// <summary>For forecast weeks, how the figure was made.</summary>
    public ForecastMethod? Method { get; init; }

    public double EffectiveShare => NominalHours > 0 ? EffectiveHours / NominalHours : 0;

    /// <summary>What support took from planned work besides the rotation engineer: leaked plus spilled overflow.</summary>
    public double DrainHours => Math.Max(0, NominalHours - RotationHours - EffectiveHours);
}
