using DuckDB.NET.Data;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.RotationFit;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Tickets;

/// <summary>
/// Whether a ticket fits in the rest of its team's current rotation: the time-to-resolve range from its most similar
/// resolved tickets (or its service's, team's, all tickets' when too few are similar) against the rotation's end.
/// </summary>
public sealed class EstimateTicketFit(TimeProvider time)
{
    public const int MaxIdLength = 200;
    public const int MaxTickets = 200;

    /// <summary>An inbox page marks at most this many tickets (its first rows): about 3 ms each, a 200-row page would pass 300 ms.</summary>
    public const int InboxMarkers = 50;

    /// <summary>Similar tickets asked of the index: enough that k resolved ones remain after leaving the open ones out.</summary>
    private const int SimilarAsked = 30;

    /// <summary>Resolution history is read at most this often: an inbox page asks for it on every load.</summary>
    private static readonly TimeSpan HistoryReuse = TimeSpan.FromSeconds(30);

    private volatile CachedHistory? _history;

    public ResolutionRangeOptions Options { get; init; } = new();

    public async Task<TicketFit> RunAsync(DuckDBConnection connection, SimilarTicketFinder finder, string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength)
        {
            throw new InvalidRequestException("id", $"id must be 1–{MaxIdLength} characters.");
        }

        var fits = await RunManyAsync(connection, finder, [id], cancellationToken);
        return fits.TryGetValue(id, out var fit) ? fit : throw new NotFoundException($"No ticket '{id}' in the warehouse.");
    }

    /// <summary>Fits for several tickets at once (an inbox page), reading the history once; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<string, TicketFit>> RunManyAsync(
        DuckDBConnection connection, SimilarTicketFinder finder, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count > MaxTickets)
        {
            throw new InvalidRequestException("ids", $"At most {MaxTickets} tickets at once, not {ids.Count}.");
        }

        var result = new Dictionary<string, TicketFit>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        await finder.RefreshAsync(connection, cancellationToken, notMoreOftenThan: TimeSpan.FromSeconds(2));
        var history = await HistoryAsync(connection, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rotations = new Dictionary<string, RotationWindow?>(StringComparer.Ordinal);
        foreach (var ticket in await ResolutionHistoryQueries.TicketsAsync(connection, ids.Distinct(StringComparer.Ordinal).ToList(), cancellationToken))
        {
            var id = ticket.Id;
            var similar = finder.SimilarIds(id, SimilarAsked, cancellationToken) ?? [];
            RotationWindow? rotation = null;
            if (ticket.Team is { } team && !rotations.TryGetValue(team, out rotation))
            {
                rotation = RotationWindow.At(await ResolutionHistoryQueries.RotationWeeksAsync(connection, team, now, cancellationToken), now);
                rotations[team] = rotation;
            }

            result[id] = history.Estimate(
                new FitTicket(ticket.Id, ticket.CreatedAt, ticket.ResolvedAt, ticket.Service, ticket.Team),
                similar, now, rotation, Options);
        }

        return result;
    }

    private async Task<ResolutionHistory> HistoryAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        if (_history is { } cached && System.Diagnostics.Stopwatch.GetElapsedTime(cached.At) < HistoryReuse)
        {
            return cached.History;
        }

        var history = new ResolutionHistory(await ResolutionHistoryQueries.ResolvedAsync(connection, cancellationToken));
        _history = new CachedHistory(history, System.Diagnostics.Stopwatch.GetTimestamp());
        return history;
    }

    /// <summary>One reference, swapped whole, so concurrent requests never see half of a refresh.</summary>
    private sealed record CachedHistory(ResolutionHistory History, long At);
}
