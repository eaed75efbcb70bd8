namespace Reporting.Analytics.Capacity;

/// <summary>
/// One team's capacity in one ISO week. Effective = nominal − rotation − leaked. For forecast weeks the
/// support and leaked hours are expectations and <see cref="EffectiveLow"/>/<see cref="EffectiveHigh"/> bound an 80% interval.
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

    public double EffectiveShare => NominalHours > 0 ? EffectiveHours / NominalHours : 0;
}
