using Reporting.Warehouse;
using DuckDB.NET.Data;
using Reporting.Analytics.Duplicates;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Application.Tickets;

/// <summary>Earlier tickets most likely to be the same problem as one ticket, their subjects masked.</summary>
public sealed class FindSimilarTickets(TextMasker masker)
{
    public const int MaxTop = 100;

    public async Task<IReadOnlyList<SimilarTicket>> RunAsync(
        DuckDBConnection connection, SimilarTicketFinder finder, string id, int top, CancellationToken cancellationToken)
    {
        if (top is < 1 or > MaxTop)
        {
            throw new InvalidRequestException("top", $"top must be between 1 and {MaxTop}, not {top}.");
        }

        await finder.RefreshAsync(connection, cancellationToken);
        var similar = await finder.SimilarToAsync(id, top, cancellationToken)
                      ?? throw new NotFoundException($"No ticket '{id}' in the warehouse.");
        return similar.Select(s => s with { Subject = masker.Mask(s.Subject) }).ToList();
    }
}
