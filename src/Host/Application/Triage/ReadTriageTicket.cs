using DuckDB.NET.Data;
using Reporting.Analytics.Duplicates;
using Reporting.Host.Application.Tickets;
using Reporting.Reports.Privacy;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Triage;

/// <summary>One ticket for triage, its text masked, with what helps route it.</summary>
public sealed class ReadTriageTicket(TextMasker masker, FindSimilarTickets similar)
{
    public const int SimilarShown = 5;

    public async Task<TicketView> RunAsync(
        DuckDBConnection connection, SimilarTicketFinder finder, string source, string id, CancellationToken cancellationToken)
    {
        var t = await TriageQueries.TicketAsync(connection, source, id, cancellationToken)
                ?? throw new NotFoundException($"No ticket '{id}' from '{source}' in the warehouse.");
        IReadOnlyList<SimilarTicket> earlier;
        try
        {
            earlier = await similar.RunAsync(connection, finder, id, SimilarShown, cancellationToken);
        }
        catch (NotFoundException)
        {
            earlier = []; // not indexed yet
        }

        return new TicketView(
            t.Source, t.Id, t.CreatedAt, masker.Mask(t.Subject), masker.Mask(t.Body), t.Customer, t.Product, t.Team, t.Status,
            SuggestedOwner.Top(t.Owner1, t.Probability1, t.Owner2, t.Probability2, t.Owner3, t.Probability3),
            t.Abstained ?? false, t.OutOfScope ?? false, t.GroupLabel is null ? null : masker.Mask(t.GroupLabel), t.RoutedTo, t.RoutedBy,
            earlier, await TriageQueries.ServicesAsync(connection, cancellationToken),
            await TriageQueries.DecisionsAsync(connection, source, id, cancellationToken), t.GroupId);
    }
}
