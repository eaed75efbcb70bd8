namespace Reporting.Warehouse.Queries;

/// <summary>
/// One computed team-week as <see cref="CapacityComputationQueries.AppendWeeks"/> stores it in <c>capacity_weeks</c>;
/// <see cref="ForecastMethod"/> is the forecast method's name in lower case, null for observed weeks.
/// </summary>
public sealed record ComputedCapacityWeek(
    string Team, DateOnly WeekStart, string Week, double NominalHours, double RotationHours, string? RotationEngineer,
    double SupportHours, double AbsorbedHours, double LeakedHours, double OverflowHours, double UnservedHours, double EffectiveHours,
    long TicketsOpened, long TicketsResolved, long Backlog, double? FirstResponseP50Hours, double? FirstResponseP90Hours,
    double? ResolutionP50Hours, double? ResolutionP90Hours, long Reopened, long Reassigned, bool Forecast,
    double? EffectiveLow, double? EffectiveHigh, string? ForecastMethod);
