using DuckDB.NET.Data;
using Reporting.Analytics.Priority;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Priority;

/// <summary>The suggested priority of a page of stored tickets (as filed: the priority set on them is not read).</summary>
public sealed class SuggestPriorities
{
    public async Task<IReadOnlyDictionary<(string Source, string Id), PriorityAdvice>> RunAsync(
        DuckDBConnection connection, PrioritySuggester? suggester, IReadOnlyList<(string Source, string Id)> keys, CancellationToken cancellationToken)
    {
        if (suggester is null || keys.Count == 0)
        {
            return new Dictionary<(string, string), PriorityAdvice>();
        }

        return (await TicketLookupQueries.FindManyAsync(connection, keys, cancellationToken))
            .ToDictionary(t => (t.Source, t.Id), t => suggester.Suggest(t.ToOwnerTicket()));
    }
}
