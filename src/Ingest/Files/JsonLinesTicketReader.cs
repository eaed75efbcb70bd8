using System.Runtime.CompilerServices;
using System.Text.Json;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Files;

/// <summary>
/// Reads one JSON object per line and maps each with the given mapper (the canonical ticket shape,
/// or a Jira issue). A line that is not JSON, or whose object cannot be mapped, is rejected with its
/// line number; the rest of the file is still read.
/// </summary>
public static class JsonLinesTicketReader
{
    public static async IAsyncEnumerable<ParsedRecord> ReadAsync(
        TextReader text,
        string input,
        string source,
        Func<JsonElement, string, TicketRecord> map,
        [EnumeratorCancellation] CancellationToken cancellationToken = default,
        FieldSizeLimit? limit = null)
    {
        limit ??= FieldSizeLimit.Default;
        await foreach (var line in new BoundedLineReader(text, limit).ReadAsync(cancellationToken))
        {
            if (line.Text is null)
            {
                yield return Reject(input, line.Number, null, limit.RecordTooLarge(line.Bytes, complete: true), line.Raw);
            }
            else if (!string.IsNullOrWhiteSpace(line.Text))
            {
                yield return Parse(line.Text, line.Number, input, source, map);
            }
        }
    }

    internal static ParsedRecord Parse(string raw, long line, string input, string source, Func<JsonElement, string, TicketRecord> map)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Reject(input, line, null, $"expected a JSON object, found {document.RootElement.ValueKind}", raw);
            }

            return new ParsedTicket(line, map(document.RootElement, source));
        }
        catch (JsonException ex)
        {
            return Reject(input, line, null, $"invalid JSON: {ex.Message}", raw);
        }
        catch (RecordFormatException ex)
        {
            return Reject(input, line, ex.Field, ex.Reason, raw);
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement accessors throw this when a value has an unexpected JSON type.
            return Reject(input, line, null, $"unexpected value type: {ex.Message}", raw);
        }
    }

    private static ParseFailure Reject(string input, long line, string? field, string reason, string raw) =>
        new(new RejectedRecord(input, line, field, reason, raw));
}
