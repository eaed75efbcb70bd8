using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Forecasting;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Capacity;

/// <summary>
/// One team-week as <c>reporting capacity --json</c> prints it and the API returns it. Hours add up:
/// support = absorbed + leaked + overflow, absorbed ≤ rotation, effective = nominal − rotation − leaked − the overflow
/// teammates took on (the rest, unserved, waits in the backlog).
/// </summary>
public sealed record CapacityWeekJson(
    string Team, string Week, double NominalHours, double RotationHours, double SupportHours, double AbsorbedHours, double LeakedHours,
    double OverflowHours, double UnservedHours, double EffectiveHours, long TicketsOpened, long TicketsResolved, bool Forecast,
    double? EffectiveLow, double? EffectiveHigh, ForecastMethod? ForecastMethod)
{
    public static CapacityWeekJson From(TeamWeek w) => new(
        w.Team, w.Week, w.NominalHours, w.RotationHours, w.SupportHours, w.AbsorbedHours, w.LeakedHours, w.OverflowHours, w.UnservedHours,
        w.EffectiveHours, w.TicketsOpened, w.TicketsResolved, w.Forecast,
        w.Forecast ? w.EffectiveLow : null, w.Forecast ? w.EffectiveHigh : null, w.Forecast ? w.Method : null);

    public static CapacityWeekJson From(StoredCapacityWeek w) => new(
        w.Team, w.Week, w.NominalHours, w.RotationHours, w.SupportHours, w.AbsorbedHours, w.LeakedHours, w.OverflowHours, w.UnservedHours,
        w.EffectiveHours, w.TicketsOpened, w.TicketsResolved, w.Forecast,
        w.Forecast ? w.EffectiveLow : null, w.Forecast ? w.EffectiveHigh : null,
        w.Forecast && Enum.TryParse<ForecastMethod>(w.ForecastMethod, ignoreCase: true, out var method) ? method : null);
}
