using System.Collections.Concurrent;
using DuckDB.NET.Data;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// "This looks like TICKET-123": an index of the warehouse's tickets, kept up to date by adding only the tickets
/// ingested since it was built, answering for a stored ticket (ranking the tickets created before it) or a new one.
/// Thread-safe; queries are milliseconds once the index is built.
/// </summary>
public sealed class SimilarTicketFinder : IDisposable
{
    // Refreshes take the gate; queries do not (the index itself lets queries run concurrently with Add).
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SimilarityIndex _index = new();
    private readonly ConcurrentDictionary<string, DuplicateCandidate> _tickets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TicketSummary> _summaries = new(StringComparer.Ordinal);
    private DateTime _ingestedUpTo = DateTime.MinValue;
    private long _refreshedAt; // Stopwatch timestamp of the last refresh; 0 = never

    public int Count => _tickets.Count;

    /// <summary>
    /// Adds tickets ingested since the last refresh, in created order (the index answers "earlier than"). With
    /// <paramref name="notMoreOftenThan"/>, a refresh that recently ran is skipped (a busy API asks on every request).
    /// </summary>
    public async Task RefreshAsync(DuckDBConnection connection, CancellationToken cancellationToken, TimeSpan notMoreOftenThan = default)
    {
        var last = Interlocked.Read(ref _refreshedAt);
        if (notMoreOftenThan > TimeSpan.Zero && last != 0 && System.Diagnostics.Stopwatch.GetElapsedTime(last) < notMoreOftenThan)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var rows = await DuplicateCandidateQueries.IngestedSinceAsync(connection, _ingestedUpTo, cancellationToken);
            var fresh = new List<DuplicateCandidate>();
            foreach (var r in rows)
            {
                var candidate = new DuplicateCandidate(r.Id, r.CreatedAt, r.Subject, r.Body, r.Product, r.Service,
                    string.IsNullOrEmpty(r.Versions) ? [] : r.Versions.Split('\u001f'), r.Customer);
                _summaries[r.Id] = new TicketSummary(r.Id, r.Subject, r.CreatedAt, r.Service, r.Status);
                if (_tickets.TryAdd(r.Id, candidate))
                {
                    // An updated ticket keeps its first indexed text: re-indexing is the nightly re-cluster's job.
                    fresh.Add(candidate);
                }

                _ingestedUpTo = r.IngestedAt > _ingestedUpTo ? r.IngestedAt : _ingestedUpTo;
            }

            // Cutting text into terms is most of the cost and needs no order: on all cores; adding keeps created order.
            foreach (var prepared in _index.PrepareMany(fresh, cancellationToken))
            {
                _index.Add(prepared);
            }

            Interlocked.Exchange(ref _refreshedAt, System.Diagnostics.Stopwatch.GetTimestamp());
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Tickets created before <paramref name="ticketId"/>, most likely the same problem first; null if the id is unknown.</summary>
    public Task<IReadOnlyList<SimilarTicket>?> SimilarToAsync(string ticketId, int top, CancellationToken cancellationToken)
    {
        if (!_tickets.TryGetValue(ticketId, out var ticket))
        {
            return Task.FromResult<IReadOnlyList<SimilarTicket>?>(null);
        }

        // The index holds later tickets too; ask for more and keep the earlier ones.
        IReadOnlyList<SimilarTicket> similar = _index.Query(ticket, top * 4 + 20, cancellationToken)
            .Where(m => m.Id != ticketId && m.CreatedAt < ticket.CreatedAt)
            .Take(top)
            .Select(ToSimilar)
            .ToList();
        return Task.FromResult<IReadOnlyList<SimilarTicket>?>(similar);
    }

    /// <summary>Ids of earlier tickets like a stored one, most similar first, without reasons (cheaper, for a page of tickets); null if unknown.</summary>
    public IReadOnlyList<string>? SimilarIds(string ticketId, int top, CancellationToken cancellationToken)
    {
        if (!_tickets.TryGetValue(ticketId, out var ticket))
        {
            return null;
        }

        return _index.Query(_index.Prepare(ticket, cancellationToken), top * 4 + 20, explain: false, cancellationToken)
            .Where(m => m.Id != ticketId && m.CreatedAt < ticket.CreatedAt)
            .Take(top)
            .Select(m => m.Id)
            .ToList();
    }

    /// <summary>Earlier tickets like a ticket that is not stored (a new ticket being triaged).</summary>
    public Task<IReadOnlyList<SimilarTicket>> SimilarToNewAsync(DuplicateCandidate ticket, int top, CancellationToken cancellationToken)
    {
        var prepared = _index.Prepare(ticket, cancellationToken);
        IReadOnlyList<SimilarTicket> similar = _index.Query(prepared, top, explain: false, cancellationToken).Select(ToSimilar).ToList();
        return Task.FromResult(similar);
    }

    private SimilarTicket ToSimilar(DuplicateMatch m)
    {
        var summary = _summaries[m.Id];
        return new SimilarTicket(m.Id, summary.Subject, summary.CreatedAt, summary.Service, summary.Status, Math.Round(m.Probability, 3), m.Reasons);
    }

    public void Dispose()
    {
        _index.Dispose();
        _gate.Dispose();
    }

    private sealed record TicketSummary(string Id, string Subject, DateTime CreatedAt, string? Service, string? Status);
}

/// <summary>An earlier ticket that may be the same problem, with the likelihood and the signals that say so.</summary>
public sealed record SimilarTicket(string Id, string Subject, DateTime CreatedAt, string? Service, string? Status, double Probability, IReadOnlyList<string> Reasons);
