using Reporting.Analytics.Capacity;

namespace Reporting.Host.Application.Capacity;

/// <summary>One team-week as <c>reporting capacity --json</c> prints it and the API returns it.</summary>
public sealed record CapacityWeekJson(
    string Team, string Week, double NominalHours, double RotationHours, double SupportHours, double LeakedHours,
    double EffectiveHours, long TicketsOpened, long TicketsResolved, bool Forecast, double? EffectiveLow, double? EffectiveHigh)
{
    public static CapacityWeekJson From(TeamWeek w) => new(
        w.Team, w.Week, w.NominalHours, w.RotationHours, w.SupportHours, w.LeakedHours, w.EffectiveHours,
        w.TicketsOpened, w.TicketsResolved, w.Forecast, w.Forecast ? w.EffectiveLow : null, w.Forecast ? w.EffectiveHigh : null);
}
