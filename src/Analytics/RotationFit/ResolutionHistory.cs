using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.RotationFit;

/// <summary>
/// Resolved tickets' resolution times, by id and per service and team: what a ticket's range is drawn from.
/// Built per request from <see cref="ResolutionHistoryQueries.ResolvedAsync"/>; read-only afterwards.
/// </summary>
public sealed class ResolutionHistory
{
    private readonly Dictionary<string, ResolvedTicket> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<double>> _service = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<double>> _team = new(StringComparer.Ordinal);
    private readonly List<double> _all = [];

    public ResolutionHistory(IEnumerable<ResolvedTicket> resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        foreach (var t in resolved)
        {
            if (!_byId.TryAdd(t.Id, t))
                continue;
            var days = Days(t);
            if (t.Service is { } service)
                Get(_service, service).Add(days);
            if (t.Team is { } team)
                Get(_team, team).Add(days);
            _all.Add(days);
        }
    }

    public int Count => _all.Count;

    /// <summary>
    /// The range and verdict for one ticket. <paramref name="similarIds"/> are earlier tickets, most similar first
    /// (any state): the first <see cref="ResolutionRangeOptions.Neighbours"/> resolved ones are its neighbours.
    /// </summary>
    public TicketFit Estimate(
        FitTicket ticket, IReadOnlyList<string> similarIds, DateTime now, RotationWindow? rotation, ResolutionRangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(similarIds);
        ArgumentNullException.ThrowIfNull(options);
        var neighbours = similarIds
            .Where(id => id != ticket.Id && _byId.ContainsKey(id))
            .Select(id => _byId[id])
            .Where(t => t.ResolvedAt <= now)
            .Take(options.Neighbours)
            .ToList();
        var fallbacks = new List<(RangeBasis, IReadOnlyList<double>)>
        {
            (RangeBasis.Service, ticket.Service is not null && _service.TryGetValue(ticket.Service, out var s) ? s : []),
            (RangeBasis.Team, ticket.Team is not null && _team.TryGetValue(ticket.Team, out var t) ? t : []),
            (RangeBasis.AllTickets, _all),
        };
        var range = ResolutionRangeEstimator.Estimate(neighbours.Select(Days).ToList(), fallbacks, options);
        var effort = ResolutionRangeEstimator.Effort(
            neighbours.Where(n => n.TimeSpentSeconds > 0).Select(n => n.TimeSpentSeconds!.Value / 3600.0).ToList(), options);
        var (verdict, reason) = ticket.ResolvedAt is not null
            ? (RotationVerdict.Unknown, "already resolved")
            : RotationFitRule.Judge(ticket.CreatedAt, now, range, rotation?.EndsAt);
        return new TicketFit(
            ticket.Id, range is null ? null : Round(range), effort, range?.Basis == RangeBasis.SimilarTickets ? neighbours.Select(n => n.Id).ToList() : [],
            ticket.Team, rotation?.Engineer, rotation?.EndsAt, verdict, reason);
    }

    private static ResolutionRange Round(ResolutionRange r) =>
        r with { LowDays = Math.Round(r.LowDays, 2), MedianDays = Math.Round(r.MedianDays, 2), HighDays = Math.Round(r.HighDays, 2) };

    private static double Days(ResolvedTicket t) => (t.ResolvedAt - t.CreatedAt).TotalDays;

    private static List<double> Get(Dictionary<string, List<double>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        return list;
    }
}

/// <summary>The ticket a fit is estimated for.</summary>
public sealed record FitTicket(string Id, DateTime CreatedAt, DateTime? ResolvedAt, string? Service, string? Team);

/// <summary>
/// "Fits in this rotation" for one ticket: the time-to-resolve range (days from creation), tracked effort of its
/// neighbours when any was tracked, the neighbours used, the team's current rotation and the verdict with its reason.
/// </summary>
public sealed record TicketFit(
    string Id, ResolutionRange? Range, EffortRange? Effort, IReadOnlyList<string> Neighbours,
    string? Team, string? RotationEngineer, DateTime? RotationEndsAt, RotationVerdict Verdict, string Reason);
