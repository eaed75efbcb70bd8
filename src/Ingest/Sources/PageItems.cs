using System.Text.Json;
using Reporting.Ingest.Files;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Sources;

/// <summary>
/// Maps the items of one API page one by one: an item that cannot be mapped becomes a rejected record
/// pointing at the page and its position, and the rest of the page is still ingested.
/// </summary>
public static class PageItems
{
    public static (List<TicketRecord> Tickets, List<RejectedRecord> Rejects) Map(
        IEnumerable<(int Position, JsonElement Item)> items, string input, Func<JsonElement, TicketRecord> map)
    {
        var tickets = new List<TicketRecord>();
        var rejects = new List<RejectedRecord>();
        foreach (var (position, item) in items)
        {
            try
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new RecordFormatException("(item)", $"expected a JSON object, found {item.ValueKind}");
                }

                tickets.Add(map(item));
            }
            catch (RecordFormatException ex)
            {
                rejects.Add(new RejectedRecord(input, position, ex.Field, ex.Reason, item.GetRawText()));
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException)
            {
                // JsonElement accessors throw InvalidOperationException for a value of an unexpected JSON type.
                rejects.Add(new RejectedRecord(input, position, null, $"unexpected value: {ex.Message}", item.GetRawText()));
            }
        }

        return (tickets, rejects);
    }

    /// <summary>The array property of a page, or a clear malformed-page error.</summary>
    public static IEnumerable<(int Position, JsonElement Item)> Array(JsonElement root, string property, Func<string, Exception> malformed)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw malformed($"'{property}' is missing or not an array");
        }

        return array.EnumerateArray().Select((item, i) => (i + 1, item));
    }
}
