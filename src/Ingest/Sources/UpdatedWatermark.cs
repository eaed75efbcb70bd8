using System.Globalization;
using System.Text.Json;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Sources;

/// <summary>
/// The watermark of sources paged by <c>updated</c> (Jira, GitHub): the newest update time seen, stored
/// as ISO-8601 UTC. It never moves backwards, and counts items that were rejected too (they were read).
/// </summary>
public static class UpdatedWatermark
{
    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTime Parse(string source, string value) =>
        TimestampParser.TryParseUtc(value, out var utc)
            ? utc
            : throw new SourceException($"source '{source}': stored watermark '{value}' is not a timestamp; pull with --since DATE to start over");

    /// <summary>Where a pull starts: --since, else the watermark less the overlap, else the configured start (null: everything).</summary>
    public static DateTime? From(string source, PullStart start, SourceOptions options)
    {
        if (start.Since is { } since)
        {
            return since.UtcDateTime;
        }

        if (start.Watermark is { } mark)
        {
            var at = Parse(source, mark) - options.Overlap;
            return at < DateTime.UnixEpoch ? DateTime.UnixEpoch : DateTime.SpecifyKind(at, DateTimeKind.Utc);
        }

        return options.Since?.UtcDateTime;
    }

    /// <summary>The watermark a pull starts from (null after --since: it may move back, as asked).</summary>
    public static DateTime? Initial(string source, PullStart start) =>
        start.Watermark is { } mark && start.Since is null ? Parse(source, mark) : null;

    /// <summary>The later of <paramref name="current"/> and the readable update times of the page's items.</summary>
    public static DateTime? Advance(DateTime? current, IEnumerable<JsonElement> items, Func<JsonElement, JsonElement?> updated)
    {
        var latest = current;
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.Object && updated(item) is { ValueKind: JsonValueKind.String } value
                && TimestampParser.TryParseUtc(value.GetString(), out var at) && (latest is null || at > latest))
            {
                latest = at;
            }
        }

        return latest;
    }
}
