using DuckDB.NET.Data;
using Reporting.Reports.Privacy;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Operations;

/// <summary>
/// Rejects, newest run first, a bounded page at a time: each with its reason and the start of its raw text, masked
/// as quoted ticket text is everywhere (<c>reporting rejects --csv</c> exports the raw text whole for fixing).
/// </summary>
public sealed class BrowseRejects(TextMasker masker)
{
    public async Task<RejectsView> RunAsync(DuckDBConnection connection, RejectsRequest request, CancellationToken cancellationToken)
    {
        if (request.PageSize is < 1 or > RejectsRequest.MaxPageSize)
        {
            throw new InvalidRequestException("size", $"size must be between 1 and {RejectsRequest.MaxPageSize}, not {request.PageSize}.");
        }

        if (request.Page is < 1 or > RejectsRequest.MaxPage)
        {
            throw new InvalidRequestException("page", $"page must be between 1 and {RejectsRequest.MaxPage}, not {request.Page}.");
        }

        var total = await RejectQueries.CountForSourceAsync(connection, request.Source, cancellationToken);
        var rows = await RejectQueries.PageAsync(
            connection, request.Source, (request.Page - 1) * request.PageSize, request.PageSize, RejectsRequest.RawShown, cancellationToken);
        return new RejectsView(
            request, total,
            rows.Select(r => r with { RawStart = r.RawStart is null ? null : masker.Mask(r.RawStart) }).ToList(),
            await RejectQueries.SourcesAsync(connection, cancellationToken));
    }
}
