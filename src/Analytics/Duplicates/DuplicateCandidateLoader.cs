using DuckDB.NET.Data;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Reads tickets from the warehouse as duplicate candidates, in created order, with their duplicate links. Ids are
/// external ids; only when two sources share an id are they prefixed with the source ("zendesk:123").
/// </summary>
public static class DuplicateCandidateLoader
{
    public sealed record Loaded(IReadOnlyList<DuplicateCandidate> Tickets, IReadOnlyList<DuplicateLink> Links, IReadOnlyDictionary<string, TicketRef> Refs);

    /// <summary>Where a candidate id points in the warehouse.</summary>
    public sealed record TicketRef(string Source, string ExternalId);

    public static async Task<Loaded> LoadAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var rows = await DuplicateCandidateQueries.AllWithLinksAsync(connection, cancellationToken);
        var shared = rows.GroupBy(r => r.ExternalId).Where(g => g.Select(r => r.Source).Distinct().Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        string IdOf(string source, string id) => shared.Contains(id) ? $"{source}:{id}" : id;

        var tickets = new List<DuplicateCandidate>(rows.Count);
        var links = new List<DuplicateLink>();
        var refs = new Dictionary<string, TicketRef>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var id = IdOf(r.Source, r.ExternalId);
            refs[id] = new TicketRef(r.Source, r.ExternalId);
            tickets.Add(new DuplicateCandidate(id, r.CreatedAt, r.Subject, r.Body, r.Product, r.Service, Split(r.Versions), r.Customer));
            foreach (var other in Split(r.DuplicateOf))
            {
                links.Add(new DuplicateLink(id, IdOf(r.Source, other)));
            }
        }

        return new Loaded(tickets, links, refs);
    }

    private static IReadOnlyList<string> Split(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split('\u001f', StringSplitOptions.RemoveEmptyEntries);
}
