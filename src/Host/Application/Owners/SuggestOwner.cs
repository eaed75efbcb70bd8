using DuckDB.NET.Data;
using Reporting.Analytics.Owners;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Application.Owners;

/// <summary>
/// The owning service and team for a ticket, with similar past tickets whose text is masked, and its suggested
/// priority when a priority model is given.
/// </summary>
public sealed class SuggestOwner(TimeProvider time, TextMasker masker)
{
    public async Task<OwnerAdvice> RunAsync(
        DuckDBConnection connection, OwnerSuggester suggester, SuggestOwnerRequest request, CancellationToken cancellationToken,
        Reporting.Analytics.Priority.PrioritySuggester? priority = null)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            var (field, messages) = errors.First();
            throw new InvalidRequestException(field, $"{field} {messages[0]}");
        }

        var ticket = request.ToTicket(time.GetUtcNow().UtcDateTime);
        var advice = await suggester.SuggestAsync(connection, ticket, cancellationToken);
        return advice with
        {
            SimilarTickets = advice.SimilarTickets.Select(s => s with { Subject = masker.Mask(s.Subject) }).ToList(),
            Priority = priority?.Suggest(ticket),
        };
    }
}
