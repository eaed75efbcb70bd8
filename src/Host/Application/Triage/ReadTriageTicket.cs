using DuckDB.NET.Data;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
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
        DuckDBConnection connection, SimilarTicketFinder finder, OwnerSuggester? suggester, string source, string id, CancellationToken cancellationToken,
        Reporting.Analytics.Priority.PrioritySuggester? priority = null)
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
            await TriageQueries.DecisionsAsync(connection, source, id, cancellationToken), t.GroupId, Explain(suggester, t), priority?.Suggest(AsFiled(t)), t.Priority);
    }

    /// <summary>
    /// Why the model in use points where it does for this text, in words (masked: a term may be a name). The stored
    /// top three came from the model of the day the ticket arrived; the reasons come from today's, which names its owner.
    /// </summary>
    private OwnerExplanation? Explain(OwnerSuggester? suggester, TriageTicket t)
    {
        if (suggester is null || !suggester.Classifier.CanExplain)
            return null;
        var prediction = suggester.Classifier.Predict(AsFiled(t), k: 1);
        return prediction.Top is not { } top || prediction.Explanation.Count == 0
            ? null
            : new OwnerExplanation(top.Owner, suggester.ModelVersion,
                prediction.Explanation.Select(e => masker.Mask(e.Term)).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static OwnerTicket AsFiled(TriageTicket t) =>
        new(t.Id, t.CreatedAt, t.Subject, t.Body, t.Product, t.Channel, t.Priority, t.Type, t.Tags);
}
