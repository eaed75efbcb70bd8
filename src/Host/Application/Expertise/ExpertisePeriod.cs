using DuckDB.NET.Data;
using Reporting.Analytics.Expertise;

namespace Reporting.Host.Application.Expertise;

/// <summary>The period expertise is read over: the caller's, checked like any reporting period; left open, the
/// <see cref="ExpertiseMap.DefaultWeeks"/> weeks ending on the newest ticket.</summary>
public static class ExpertisePeriod
{
    public static async Task<ReportingPeriod> ResolveAsync(DuckDBConnection connection, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var period = await ReportingPeriod.ResolveAsync(connection, from, to, cancellationToken);
        return from is null ? EndingOn(period.To) : period;
    }

    public static ReportingPeriod EndingOn(DateOnly to) => new(to.AddDays(-7 * ExpertiseMap.DefaultWeeks + 1), to);
}
