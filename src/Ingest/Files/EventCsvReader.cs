using System.Runtime.CompilerServices;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Files;

/// <summary>
/// Reads ticket events from CSV (header <c>ticket_id,at,kind,actor,detail</c>). Event ids are the
/// ticket id and the event's position among that ticket's events in the file, so re-reading the same
/// or an appended file yields the same ids.
/// </summary>
public static class EventCsvReader
{
    public static readonly string[] RequiredColumns = ["ticket_id", "at", "kind"];

    public static bool LooksLikeEvents(IReadOnlyList<string> header) =>
        RequiredColumns.All(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));

    public static async IAsyncEnumerable<ParsedRecord> ReadAsync(
        TextReader text, string input, string source, FieldSizeLimit? limit = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (header, rows) = await CsvHeader.ReadAsync(text, input, RequiredColumns, cancellationToken, limit);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (rows)
        {
            while (await rows.MoveNextAsync())
            {
                var row = rows.Current;
                if (!row.IsValid)
                {
                    yield return TicketCsvReader.Reject(input, row, row.ErrorField is { } i && i < header.Count ? header.Names[i].Trim() : null, row.Error!);
                    continue;
                }

                ParsedRecord result;
                try
                {
                    var f = row.Fields!;
                    var ticketId = header.Required(f, "ticket_id");
                    var at = header.RequiredTimestamp(f, "at");
                    var kind = header.Required(f, "kind").ToLowerInvariant();
                    var ordinal = ordinals[ticketId] = ordinals.GetValueOrDefault(ticketId) + 1;
                    var ev = new TicketEvent($"e{ordinal}", at, kind, header.Optional(f, "actor")?.Trim(), header.Optional(f, "detail"));
                    result = new ParsedEvent(row.Line, new TicketEventRecord(source, ticketId, ev));
                }
                catch (RecordFormatException ex)
                {
                    result = TicketCsvReader.Reject(input, row, ex.Field, ex.Reason);
                }

                yield return result;
            }
        }
    }
}
