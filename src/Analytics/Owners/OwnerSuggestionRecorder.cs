using DuckDB.NET.Data;
using Reporting.Warehouse;

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
        var tickets = await connection.ListAsync<Row>(
            """
            SELECT t.source AS Source, t.external_id AS Id, t.created_at AS CreatedAt, t.subject AS Subject, t.body AS Body,
                   t.product AS Product, t.channel AS Channel, t.priority AS Priority, t.type AS Type, array_to_string(t.tags, chr(31)) AS Tags
            FROM tickets t
            WHERE NOT t.deleted AND t.created_at >= $since
              AND NOT EXISTS (SELECT 1 FROM owner_suggestions o WHERE o.source = t.source AND o.ticket_id = t.external_id)
            ORDER BY t.created_at
            """, new { since = createdSince }, cancellationToken);

        var now = time.GetUtcNow().UtcDateTime;
        await connection.RunAsync(
            "CREATE OR REPLACE TEMP TABLE stage_owner_suggestions AS SELECT * FROM owner_suggestions LIMIT 0", cancellationToken: cancellationToken);
        using (var appender = connection.CreateAppender("stage_owner_suggestions"))
        {
            foreach (var t in tickets)
            {
                var prediction = classifier.Predict(new OwnerTicket(t.Id, t.CreatedAt, t.Subject, t.Body, t.Product, t.Channel, t.Priority, t.Type,
                    string.IsNullOrEmpty(t.Tags) ? [] : t.Tags.Split('\u001f')));
                appender.CreateRow()
                    .AppendValue(t.Source).AppendValue(t.Id).AppendValue(now).AppendValue(modelVersion)
                    .AppendValue(prediction.Suggestions.Select(s => s.Owner).ToList())
                    .AppendValue(prediction.Suggestions.Select(s => Math.Round(s.Probability, 4)).ToList())
                    .AppendValue(prediction.Abstained).AppendValue(prediction.OutOfScope)
                    .EndRow();
            }
        }

        await connection.RunAsync("INSERT OR REPLACE INTO owner_suggestions SELECT * FROM stage_owner_suggestions", cancellationToken: cancellationToken);
        return tickets.Count;
    }

    private sealed record Row(
        string Source, string Id, DateTime CreatedAt, string Subject, string Body, string? Product, string? Channel, string? Priority,
        string? Type, string? Tags);
}
