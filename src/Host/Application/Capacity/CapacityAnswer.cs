using Reporting.Analytics.Capacity;

namespace Reporting.Host.Application.Capacity;

/// <summary>Capacity for the resolved period, as every caller shows it.</summary>
public sealed record CapacityAnswer(ReportingPeriod Period, CapacityResult Result)
{
    public IEnumerable<CapacityWeekJson> Weeks => Result.Weeks.Select(CapacityWeekJson.From);
}
