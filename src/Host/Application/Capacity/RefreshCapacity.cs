using DuckDB.NET.Data;
using Reporting.Analytics.Capacity;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Capacity;

/// <summary>
/// The scheduled refresh of the stored capacity (the twelve weeks to the newest ticket, two forecast weeks): incremental
/// from one run to the next; full on the first run of a process, when the period moved or the configuration changed.
/// The configuration's fingerprint is kept in memory, so a restarted worker starts with one full recompute.
/// </summary>
public sealed class RefreshCapacity(TimeProvider time)
{
    private string? _fingerprint;

    /// <summary>Null when the warehouse has no tickets.</summary>
    public async Task<CapacityRefreshOutcome?> RunAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var newest = await TicketQueries.NewestCreatedAsync(connection, cancellationToken);
        if (newest is null)
        {
            return null;
        }

        var period = ReportingPeriod.EndingOn(DateOnly.FromDateTime(newest.Value));
        var outcome = await new CapacityRefresher(connection, time).RefreshAsync(
            new CapacityOptions { From = period.From, To = period.To }, Volatile.Read(ref _fingerprint), cancellationToken: cancellationToken);
        Volatile.Write(ref _fingerprint, outcome.Fingerprint);
        return outcome;
    }
}
