using DuckDB.NET.Data;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Stores the model's suggestion for tickets as they arrive (those without a suggestion yet, created since a given
/// time), without looking at their owner, so reports can later measure how often the suggestion matched the owner
/// finally assigned.
/// </summary>
public sealed class OwnerSuggestionRecorder(DuckDBConnection connection, TimeProvider time)
{
    public async Task<int> RecordAsync(OwnerClassifier classifier, string modelVersion, DateTime createdSince, CancellationToken cancellationToken = default)
    {
        var tickets = await OwnerSuggestionQueries.UnsuggestedSinceAsync(connection, createdSince, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var suggestions = tickets.Select(t =>
        {
            var prediction = classifier.Predict(new OwnerTicket(t.Id, t.CreatedAt, t.Subject, t.Body, t.Product, t.Channel, t.Priority, t.Type,
                string.IsNullOrEmpty(t.Tags) ? [] : t.Tags.Split('\u001f')));
            return new RecordedOwnerSuggestion(
                t.Source, t.Id, now, modelVersion, [.. prediction.Suggestions.Select(s => s.Owner)],
                [.. prediction.Suggestions.Select(s => Math.Round(s.Probability, 4))], prediction.Abstained, prediction.OutOfScope);
        });
        await OwnerSuggestionQueries.SaveAsync(connection, suggestions, cancellationToken);
        return tickets.Count;
    }
}
