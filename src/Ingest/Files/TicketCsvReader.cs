using Reporting.Ingest.Columns;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Files;

/// <summary>
/// Reads tickets from the sample CSV format (header
/// <c>id,created_at,first_response_at,resolved_at,status,priority,type,channel,customer,subject,body,service,team,assignee,tags,duplicate_of</c>;
/// columns by name, in any order; optional columns may be absent; tags separated by ';').
/// </summary>
public static class TicketCsvReader
{
    public static bool LooksLikeTickets(IReadOnlyList<string> header) => CanonicalColumns.LooksLikeTickets(header);

    public static IAsyncEnumerable<ParsedRecord> ReadAsync(
        TextReader text, string input, string source, CancellationToken cancellationToken = default, FieldSizeLimit? limit = null) =>
        MappedCsvReader.ReadAsync(text, input, source, CanonicalColumns.Mapping, limit ?? FieldSizeLimit.Default, cancellationToken);

    internal static ParseFailure Reject(string input, CsvRow row, string? field, string reason) =>
        new(new RejectedRecord(input, row.Line, field, reason, row.Raw));
}
