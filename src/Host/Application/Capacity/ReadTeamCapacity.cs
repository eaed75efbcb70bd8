using System.Collections.Concurrent;
using DuckDB.NET.Data;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Capacity;

/// <summary>
/// One team's capacity for the API: the stored figures when nothing was ingested since they were computed (the
/// scheduled refresh keeps them so), otherwise computed, once for all concurrent callers asking the same thing:
/// twenty clients must not start twenty computations. An answer is kept in memory while the warehouse's
/// <see cref="CapacityStamp"/> stays the same, so a repeated question costs one small query.
/// </summary>
/// <param name="open">Opens a connection for a shared computation, so it outlives any one caller's request.</param>
public sealed class ReadTeamCapacity(ComputeCapacity compute, Func<CancellationToken, Task<DuckDBConnection>> open)
{
    /// <summary>Distinct questions remembered at most; beyond it the memory starts over.</summary>
    public const int MaxRemembered = 1_000;

    private readonly ConcurrentDictionary<CapacityRequest, Lazy<Task<TeamCapacityAnswer>>> _inFlight = new();
    private readonly ConcurrentDictionary<CapacityRequest, (CapacityStamp Stamp, TeamCapacityAnswer Answer)> _answers = new();

    public async Task<TeamCapacityAnswer> RunAsync(DuckDBConnection connection, CapacityRequest request, CancellationToken cancellationToken)
    {
        ComputeCapacity.Validate(request);
        var stamp = await CapacityQueries.StampAsync(connection, cancellationToken);
        if (_answers.TryGetValue(request, out var known) && known.Stamp == stamp)
        {
            return known.Answer;
        }

        var answer = await AnswerAsync(connection, request, cancellationToken);
        if (_answers.Count >= MaxRemembered)
        {
            _answers.Clear();
        }

        _answers[request] = (stamp, answer);
        return answer;
    }

    private async Task<TeamCapacityAnswer> AnswerAsync(DuckDBConnection connection, CapacityRequest request, CancellationToken cancellationToken)
    {
        var period = await ReportingPeriod.ResolveAsync(connection, request.From, request.To, cancellationToken);
        var team = request.Team ?? throw new InvalidRequestException("team", "Name a team.");
        var first = IsoWeek.Of(period.From).Monday;
        var lastObserved = IsoWeek.Of(period.To).Monday;
        var stored = await CapacityQueries.FreshAsync(
            connection, team, first, lastObserved, lastObserved.AddDays(7 * request.ForecastWeeks), cancellationToken);
        if (stored is not null)
        {
            return new TeamCapacityAnswer(team, stored[0].RosterNote!, stored.Select(CapacityWeekJson.From).ToList(),
                TeamCapacityAnswer.Stored, stored.Min(w => w.ComputedAt));
        }

        var key = request with { From = period.From, To = period.To, Store = false };
        var flight = _inFlight.GetOrAdd(key, k => new Lazy<Task<TeamCapacityAnswer>>(() => ComputeOnceAsync(k)));
        return await flight.Value.WaitAsync(cancellationToken);
    }

    private async Task<TeamCapacityAnswer> ComputeOnceAsync(CapacityRequest request)
    {
        try
        {
            await using var connection = await open(CancellationToken.None);
            var answer = await compute.RunAsync(connection, request, CancellationToken.None);
            return new TeamCapacityAnswer(request.Team!, answer.Result.RosterNote, answer.Weeks.ToList(), TeamCapacityAnswer.Computed, null);
        }
        finally
        {
            _inFlight.TryRemove(request, out _);
        }
    }
}
