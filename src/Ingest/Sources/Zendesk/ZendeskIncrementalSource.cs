using System.Runtime.CompilerServices;
using System.Text.Json;
using Reporting.Ingest.Sources.Http;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Sources.Zendesk;

/// <summary>
/// Zendesk's cursor-based Incremental Ticket Export: <c>/api/v2/incremental/tickets/cursor.json</c> with
/// <c>start_time</c> first, then <c>cursor</c> = the previous page's <c>after_cursor</c>, until
/// <c>end_of_stream</c>. The watermark is the cursor to ask for next, so a resumed pull continues exactly
/// after the last committed page; at the end of the stream it is the cursor for the next scheduled run.
/// </summary>
public sealed class ZendeskIncrementalSource(string name, SourceOptions options, SourceHttpClient http) : ITicketSource
{
    public const int MaxPageSize = 1000;

    /// <summary>Per-ticket requests (comments, audits) in flight at once when <see cref="SourceOptions.IncludeComments"/> or <see cref="SourceOptions.IncludeFieldHistory"/> is set.</summary>
    public int TicketRequestsInParallel { get; init; } = 4;

    public string Kind => SourceKinds.Zendesk;

    public async IAsyncEnumerable<SourcePage> ReadAsync(PullStart start, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mapper = new ZendeskTicketMapper(name, options.Fields);
        var guard = new PagingGuard(name, "after_cursor");
        var pageSize = options.PageSize is > 0 and <= MaxPageSize ? options.PageSize : MaxPageSize;
        var cursor = start.Since is null ? start.Watermark : null;
        var query = cursor is not null
            ? $"cursor={Uri.EscapeDataString(cursor)}"
            : $"start_time={(start.Since ?? options.Since ?? DateTimeOffset.UnixEpoch).ToUnixTimeSeconds()}";
        if (cursor is not null)
        {
            guard.Visit(cursor);
        }

        while (true)
        {
            using var page = await http.GetJsonAsync(
                $"api/v2/incremental/tickets/cursor.json?{query}&per_page={pageSize}&include=users,metric_sets", cancellationToken);
            var root = page.Root;
            var items = PageItems.Array(root, "tickets", p => http.MalformedPage(page, p)).ToList();
            if (!root.TryGetProperty("end_of_stream", out var end) || end.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw http.MalformedPage(page, "'end_of_stream' is missing or not a boolean");
            }

            var afterCursor = root.TryGetProperty("after_cursor", out var after) && after.ValueKind == JsonValueKind.String ? after.GetString() : null;
            var endOfStream = end.GetBoolean();
            if (!endOfStream)
            {
                if (string.IsNullOrEmpty(afterCursor))
                {
                    throw http.MalformedPage(page, "'end_of_stream' is false but 'after_cursor' is missing");
                }

                guard.Visit(afterCursor);
            }

            var sideloads = ZendeskSideloads.Read(root);
            var input = $"{name} {page.Reference}";
            var (tickets, rejects) = PageItems.Map(items, input, t => mapper.Map(t, sideloads));
            if (options.IncludeComments || options.IncludeFieldHistory)
            {
                tickets = await WithHistoryAsync(tickets, sideloads, cancellationToken);
            }

            yield return new SourcePage(input, tickets, rejects, string.IsNullOrEmpty(afterCursor) ? cursor : afterCursor);
            if (endOfStream)
            {
                yield break;
            }

            cursor = afterCursor!;
            query = $"cursor={Uri.EscapeDataString(cursor)}";
        }
    }

    /// <summary>Each ticket's comments and/or field changes, as configured: together they are the ticket's events.</summary>
    private async Task<List<TicketRecord>> WithHistoryAsync(List<TicketRecord> tickets, ZendeskSideloads people, CancellationToken cancellationToken)
    {
        var comments = new ZendeskCommentReader(http);
        var audits = new ZendeskAuditReader(http);
        var result = tickets.ToArray();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, result.Length).Where(i => !result[i].Deleted), // a deleted ticket's comments are gone
            new ParallelOptions { MaxDegreeOfParallelism = TicketRequestsInParallel, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var t = result[i];
                if (options.IncludeComments)
                {
                    if (await comments.ReadAsync(t.ExternalId, t.Reporter, people, token) is not { } conversation)
                    {
                        return;
                    }

                    t = t with { Events = conversation.Events, FirstResponseAt = t.FirstResponseAt ?? conversation.FirstReplyAt };
                }

                if (options.IncludeFieldHistory)
                {
                    if (await audits.ReadAsync(t.ExternalId, people, token) is not { } changes)
                    {
                        return;
                    }

                    t = t with { Events = [.. (t.Events ?? []).Concat(changes).OrderBy(e => e.At)] };
                }

                result[i] = t;
            });
        return [.. result];
    }
}
