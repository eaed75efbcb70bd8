using System.Text.Json;
using Reporting.Ingest.Files;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Sources;

/// <summary>Reading optional fields of an API object: a missing, null or empty value is null; a bad timestamp rejects the item.</summary>
public static class JsonFields
{
    public static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;

    public static DateTime? Timestamp(JsonElement o, string name)
    {
        var text = Text(o, name);
        if (text is null)
        {
            return null;
        }

        return TimestampParser.TryParseUtc(text, out var utc) ? utc : throw new RecordFormatException(name, $"'{text}' is not a timestamp");
    }
}
