using System.Globalization;
using System.Text.Json;
using Reporting.Analytics.Owners;

namespace Reporting.Host.Cli;

/// <summary>
/// Writes labelled tickets as the canonical ticket JSON Lines <c>reporting ingest</c> reads (<c>CanonicalTicketJson</c>):
/// id, created_at, subject, body, product, channel, priority, type, tags, and the owner as <c>service</c>. Every field
/// the owner model reads is written (null when absent), and a ticket's fields as filed as the events that changed them
/// after filing, so ingesting the file gives back the same examples.
/// </summary>
public static class CanonicalTicketLinesWriter
{
    public static async Task WriteAsync(string path, IReadOnlyList<OwnerTrainingExample> examples, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(examples);
        await using var file = File.Create(path);
        await using var writer = new Utf8JsonWriter(file);
        var newline = "\n"u8.ToArray();
        foreach (var e in examples)
        {
            writer.WriteStartObject();
            writer.WriteString("id", e.Id);
            writer.WriteString("created_at", e.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("subject", e.Subject);
            writer.WriteString("body", e.Body);
            writer.WriteString("product", e.Product);
            writer.WriteString("channel", e.Channel);
            writer.WriteString("priority", e.Priority);
            writer.WriteString("type", e.Type);
            writer.WriteStartArray("tags");
            foreach (var tag in e.Tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
            writer.WriteString("service", e.Owner);
            if (e.Filed is { } filed && filed.ChangesTo(e.Priority, e.Type, e.Tags).Any())
            {
                // The order and times of the changes do not matter for the roll-back: a second after filing.
                var at = e.CreatedAt.AddSeconds(1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
                writer.WriteStartArray("events");
                var n = 0;
                foreach (var (kind, detail) in filed.ChangesTo(e.Priority, e.Type, e.Tags))
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", $"f{++n}");
                    writer.WriteString("at", at);
                    writer.WriteString("kind", kind);
                    writer.WriteString("detail", detail);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken);
            writer.Reset();
            await file.WriteAsync(newline, cancellationToken);
        }
    }
}
