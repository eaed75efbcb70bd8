using DuckDB.NET.Data;
using Reporting.Analytics.Expertise;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Expertise;

/// <summary>Who knows one service over a period: its top people and bus factor. A service nothing names is not found.</summary>
public sealed class ReadServiceExperts
{
    public const int DefaultTop = 5;
    public const int MaxTop = 50;

    public async Task<ServiceExpertsAnswer> RunAsync(
        DuckDBConnection connection, string service, DateOnly? from, DateOnly? to, int? top, CancellationToken cancellationToken)
    {
        var take = top ?? DefaultTop;
        if (take is < 1 or > MaxTop)
        {
            throw new InvalidRequestException("top", $"top is between 1 and {MaxTop}; {take} is not.");
        }

        var team = await ExpertiseQueries.TeamOfServiceAsync(connection, service, cancellationToken)
            ?? throw new NotFoundException($"No service '{service}': neither teams.yaml nor any ticket names it.");
        var period = await ExpertisePeriod.ResolveAsync(connection, from, to, cancellationToken);
        var found = (await ExpertiseMap.LoadAsync(connection, period.From, period.To, service, cancellationToken)).SingleOrDefault()
            ?? new ServiceExpertise(service, team, 0, 0, null, []);
        return new ServiceExpertsAnswer(period, found with { People = found.People.Take(take).ToList() });
    }
}

/// <summary>One service's expertise over <see cref="Period"/>, its people cut to the caller's top.</summary>
public sealed record ServiceExpertsAnswer(ReportingPeriod Period, ServiceExpertise Expertise);
