using DuckDB.NET.Data;
using Reporting.Analytics.Duplicates;
using Reporting.Ingest.Warehouse;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Suggests owners for a new ticket the way the CLI and the API show it: the top three services with calibrated
/// probabilities and their teams, whether the model abstains ("needs human triage") or finds the text out of scope,
/// the terms that pushed the decision, and the three most similar past tickets with their owners.
/// </summary>
public sealed class OwnerSuggester(OwnerClassifier classifier, string modelVersion, SimilarTicketFinder similar)
{
    public string ModelVersion => modelVersion;

    public OwnerClassifier Classifier => classifier;

    public async Task<OwnerAdvice> SuggestAsync(DuckDBConnection connection, OwnerTicket ticket, CancellationToken cancellationToken)
    {
        var prediction = classifier.Predict(ticket, k: 3);
        var teams = (await connection.ListAsync<(string Service, string Team)>("SELECT service, team FROM services", cancellationToken: cancellationToken))
            .ToDictionary(r => r.Service, r => r.Team, StringComparer.Ordinal);
        var past = await similar.SimilarToNewAsync(
            new DuplicateCandidate(ticket.Id, ticket.CreatedAt, ticket.Subject, ticket.Body, ticket.Product, null, [], null), 3, cancellationToken);
        return new OwnerAdvice(
            modelVersion,
            prediction.Suggestions.Select(s => new OwnerChoice(s.Owner, teams.GetValueOrDefault(s.Owner), Math.Round(s.Probability, 4))).ToList(),
            prediction.Abstained,
            prediction.OutOfScope,
            prediction.Abstained ? "needs human triage" : null,
            prediction.Explanation.Select(e => e.Term).ToList(),
            past);
    }

    /// <summary>Loads the registry's current model; null when none has been trained yet.</summary>
    public static OwnerSuggester? LoadCurrent(OwnerModelRegistry registry, SimilarTicketFinder similar)
    {
        var version = registry.CurrentVersion();
        return version is null ? null : new OwnerSuggester(registry.Load(version.Value), $"owners-v{version.Value:D4}", similar);
    }
}

/// <summary>The answer for one ticket.</summary>
public sealed record OwnerAdvice(
    string ModelVersion, IReadOnlyList<OwnerChoice> Suggestions, bool Abstained, bool OutOfScope, string? Note,
    IReadOnlyList<string> Explanation, IReadOnlyList<SimilarTicket> SimilarTickets);

public sealed record OwnerChoice(string Service, string? Team, double Probability);
