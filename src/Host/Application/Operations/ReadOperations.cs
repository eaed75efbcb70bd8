using DuckDB.NET.Data;
using Reporting.Host.Email;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Operations;

/// <summary>The operations page's figures: sources from the warehouse, deliveries from wherever the delivery log lives.</summary>
public sealed class ReadOperations(IDeliveryLog deliveries)
{
    /// <summary>How many deliveries the page lists, most recently changed first.</summary>
    public const int RecentDeliveries = 50;

    public async Task<OperationsView> RunAsync(DuckDBConnection connection, CancellationToken cancellationToken) => new(
        await SourceQueries.StatusAsync(connection, SourceQueries.MaxSources, cancellationToken),
        await SourceQueries.CountAsync(connection, cancellationToken),
        await RejectQueries.CountForSourceAsync(connection, null, cancellationToken),
        await deliveries.RecentAsync(RecentDeliveries, cancellationToken),
        RecentDeliveries);
}
