using System.Runtime.CompilerServices;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Files;

/// <summary>
/// Reads tickets from the sample CSV format (header
/// <c>id,created_at,first_response_at,resolved_at,status,priority,type,channel,customer,subject,body,service,team,assignee,tags,duplicate_of</c>;
/// columns by name, in any order; optional columns may be absent; tags separated by ';').
/// </summary>
public static class TicketCsvReader
{
    public static readonly string[] RequiredColumns = ["id", "created_at"];

    public static bool LooksLikeTickets(IReadOnlyList<string> header) =>
        header.Contains("id", StringComparer.OrdinalIgnoreCase) && header.Contains("created_at", StringComparer.OrdinalIgnoreCase);

    public static async IAsyncEnumerable<ParsedRecord> ReadAsync(
        TextReader text, string input, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (header, rows) = await CsvHeader.ReadAsync(text, input, RequiredColumns, cancellationToken);
        await using (rows)
        {
            while (await rows.MoveNextAsync())
            {
                var row = rows.Current;
                yield return row.IsValid ? Map(header, row, input, source) : Reject(input, row, null, row.Error!);
            }
        }
    }

    private static ParsedRecord Map(CsvHeader h, CsvRow row, string input, string source)
    {
        var f = row.Fields!;
        try
        {
            var ticket = new TicketRecord
            {
                Source = source,
                ExternalId = h.Required(f, "id"),
                CreatedAt = h.RequiredTimestamp(f, "created_at"),
                UpdatedAt = h.OptionalTimestamp(f, "updated_at"),
                FirstResponseAt = h.OptionalTimestamp(f, "first_response_at"),
                ResolvedAt = h.OptionalTimestamp(f, "resolved_at"),
                Status = Lower(h.Optional(f, "status")),
                Priority = Lower(h.Optional(f, "priority")),
                Type = Lower(h.Optional(f, "type")),
                Channel = Lower(h.Optional(f, "channel")),
                Customer = h.Optional(f, "customer")?.Trim(),
                Reporter = h.Optional(f, "reporter")?.Trim(),
                Subject = h.Optional(f, "subject") ?? "",
                Body = h.Optional(f, "body") ?? "",
                Product = h.Optional(f, "product")?.Trim(),
                Service = h.Optional(f, "service")?.Trim(),
                Team = h.Optional(f, "team")?.Trim(),
                Assignee = h.Optional(f, "assignee")?.Trim(),
                Tags = CsvHeader.SplitList(h.Optional(f, "tags")),
                DuplicateOf = CsvHeader.SplitList(h.Optional(f, "duplicate_of")),
                AffectedVersions = CsvHeader.SplitList(h.Optional(f, "affected_versions")),
                FixVersions = CsvHeader.SplitList(h.Optional(f, "fix_versions")),
            };
            return new ParsedTicket(row.Line, ticket);
        }
        catch (RecordFormatException ex)
        {
            return Reject(input, row, ex.Field, ex.Reason);
        }
    }

    internal static ParseFailure Reject(string input, CsvRow row, string? field, string reason) =>
        new(new RejectedRecord(input, row.Line, field, reason, row.Raw));

    private static string? Lower(string? value) => value?.Trim().ToLowerInvariant();
}
