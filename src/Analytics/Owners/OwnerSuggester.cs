using DuckDB.NET.Data;
using Reporting.Analytics.Duplicates;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

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

    // Services change when teams.yaml is reloaded, rarely; a short cache keeps the lookup off the request path.
    private (IReadOnlyDictionary<string, string> Teams, long At)? _teams;

    public async Task<OwnerAdvice> SuggestAsync(DuckDBConnection connection, OwnerTicket ticket, CancellationToken cancellationToken)
    {
        var prediction = classifier.Predict(ticket, k: 3);
        var teams = await TeamsAsync(connection, cancellationToken);
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

    private async Task<IReadOnlyDictionary<string, string>> TeamsAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        if (_teams is { } cached && System.Diagnostics.Stopwatch.GetElapsedTime(cached.At) < TimeSpan.FromMinutes(1))
        {
            return cached.Teams;
        }

        var teams = (await SetupQueries.ConfiguredServicesAsync(connection, cancellationToken)).ToDictionary(r => r.Service, r => r.Team, StringComparer.Ordinal);
        _teams = (teams, System.Diagnostics.Stopwatch.GetTimestamp());
        return teams;
    }

    /// <summary>Loads the registry's current model; null when none has been trained yet.</summary>
    public static OwnerSuggester? LoadCurrent(OwnerModelRegistry registry, SimilarTicketFinder similar)
    {
        var version = registry.CurrentVersion();
        return version is null ? null : new OwnerSuggester(registry.Load(version.Value), $"owners-v{version.Value:D4}", similar);
    }
}

/// <summary>The answer for one ticket; <see cref="Priority"/> when a priority model has been trained.</summary>
public sealed record OwnerAdvice(
    string ModelVersion, IReadOnlyList<OwnerChoice> Suggestions, bool Abstained, bool OutOfScope, string? Note,
    IReadOnlyList<string> Explanation, IReadOnlyList<SimilarTicket> SimilarTickets)
{
    public Priority.PriorityAdvice? Priority { get; init; }
}

public sealed record OwnerChoice(string Service, string? Team, double Probability);
