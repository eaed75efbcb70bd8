using DuckDB.NET.Data;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Capacity;

/// <summary>
/// All teams' capacity for the pages: <see cref="ComputeCapacity"/> with the CLI's defaults, so the figures are
/// those of <c>reporting capacity --json</c>. The answer is kept while the warehouse's <see cref="CapacityStamp"/>
/// stays the same, and computed by one caller at a time: a page view costs one small query, and many viewers
/// arriving after an ingest start one computation.
/// </summary>
public sealed class ReadCapacityOverview(ComputeCapacity compute)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Known? _known;

    public async Task<CapacityOverview> RunAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var answer = await AnswerAsync(connection, cancellationToken);
        // Groups are re-clustered apart from ingest, so they are read each time (one small query).
        var growing = await RecurringGroupQueries.GrowingAsync(connection, cancellationToken);
        return new CapacityOverview(answer.Period, answer.Result, NextTwoWeeks.Build(answer.Result, growing));
    }

    private async Task<CapacityAnswer> AnswerAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var stamp = await CapacityQueries.StampAsync(connection, cancellationToken);
        if (Volatile.Read(ref _known) is { } known && known.Stamp == stamp)
        {
            return known.Answer;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Whoever held the gate may have just computed it.
            stamp = await CapacityQueries.StampAsync(connection, cancellationToken);
            if (Volatile.Read(ref _known) is { } computed && computed.Stamp == stamp)
            {
                return computed.Answer;
            }

            var answer = await compute.RunAsync(connection, new CapacityRequest(), cancellationToken);
            Volatile.Write(ref _known, new Known(stamp, answer));
            return answer;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Known(CapacityStamp Stamp, CapacityAnswer Answer);
}
