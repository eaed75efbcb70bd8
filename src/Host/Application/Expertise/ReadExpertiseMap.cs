using DuckDB.NET.Data;
using Reporting.Analytics.Expertise;

namespace Reporting.Host.Application.Expertise;

/// <summary>The expertise map of every service (or one team's) over a period, each with its top people.</summary>
public sealed class ReadExpertiseMap
{
    public async Task<ExpertiseMapAnswer> RunAsync(
        DuckDBConnection connection, string? team, DateOnly? from, DateOnly? to, int top, CancellationToken cancellationToken)
    {
        if (top is < 1 or > ReadServiceExperts.MaxTop)
        {
            throw new InvalidRequestException("top", $"top is between 1 and {ReadServiceExperts.MaxTop}; {top} is not.");
        }

        var period = await ExpertisePeriod.ResolveAsync(connection, from, to, cancellationToken);
        var services = (await ExpertiseMap.LoadAsync(connection, period.From, period.To, null, cancellationToken))
            .Where(s => team is null || string.Equals(s.Team, team, StringComparison.Ordinal))
            .Select(s => s with { People = s.People.Take(top).ToList() })
            .ToList();
        return new ExpertiseMapAnswer(period, services);
    }
}

/// <summary>The services' expertise over <see cref="Period"/>, ordered by team then service.</summary>
public sealed record ExpertiseMapAnswer(ReportingPeriod Period, IReadOnlyList<ServiceExpertise> Services);
