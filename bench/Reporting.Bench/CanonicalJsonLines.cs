using System.Text.Json;

namespace Reporting.Bench;

/// <summary>Writes bench tickets in the canonical JSON Lines shape <c>reporting ingest</c> reads, as the pull would have stored them.</summary>
public static class CanonicalJsonLines
{
    public static async Task WriteAsync(string path, IEnumerable<BenchTicket> tickets, bool asJira, bool withComments)
    {
        await using var file = File.Create(path);
        var newline = "\n"u8.ToArray();
        foreach (var t in tickets)
        {
            await using (var w = new Utf8JsonWriter(file))
            {
                w.WriteStartObject();
                w.WriteString("id", asJira ? JiraRendering.Key(t) : t.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("created_at", t.Created);
                w.WriteString("updated_at", t.Updated);
                if (t.Resolved is { } resolved)
                {
                    w.WriteString("resolved_at", resolved);
                }

                w.WriteString("status", asJira ? (t.Status == "open" ? "Open" : "Resolved") : t.Status);
                w.WriteString("priority", t.Priority);
                w.WriteString("subject", t.Subject);
                w.WriteString("body", asJira ? t.Body.Replace("\n\n", "\n", StringComparison.Ordinal) : t.Body);
                w.WriteString("reporter", t.Reporter);
                w.WriteString("assignee", t.Assignee);
                w.WriteString("team", t.Team);
                w.WriteString("service", asJira ? $"{JiraRendering.Project}/{t.Service}" : t.Service);
                if (asJira)
                {
                    w.WriteString("product", JiraRendering.Project);
                }

                w.WriteStartArray("tags");
                foreach (var tag in asJira ? [.. t.Tags, "team-" + t.Team] : t.Tags)
                {
                    w.WriteStringValue(tag);
                }

                w.WriteEndArray();
                if (withComments)
                {
                    w.WriteStartArray("events");
                    foreach (var c in t.Comments)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        w.WriteString("at", c.At);
                        w.WriteString("kind", "comment");
                        w.WriteString("actor", c.Author);
                        w.WriteString("detail", c.Body);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            await file.WriteAsync(newline);
        }
    }
}
