using System.Text.Json;
using Reporting.Ingest.Sources.Http;

namespace Reporting.Ingest.Sources.Zendesk;

/// <summary>
/// Zendesk's cursor pagination of a ticket's lists (comments, audits): <c>page[size]</c>, <c>meta.has_more</c>,
/// <c>links.next</c>, each next link visited once.
/// </summary>
internal static class ZendeskCursorPages
{
    /// <summary>Hands every page to <paramref name="read"/>; false when the ticket is gone (the first page answers 404).</summary>
    public static async Task<bool> ReadAsync(
        SourceHttpClient http, string url, string cursorName, Action<ApiPage> read, CancellationToken cancellationToken)
    {
        var guard = new PagingGuard(http.Source, cursorName);
        while (true)
        {
            using var page = await http.GetJsonOrNullAsync(url, cancellationToken);
            if (page is null)
            {
                return false;
            }

            read(page);
            if (!page.Root.TryGetProperty("meta", out var meta) || !meta.TryGetProperty("has_more", out var more) || more.ValueKind != JsonValueKind.True)
            {
                return true;
            }

            if (!page.Root.TryGetProperty("links", out var links) || !links.TryGetProperty("next", out var next) || next.GetString() is not { Length: > 0 } nextUrl)
            {
                throw http.MalformedPage(page, "meta.has_more is true but links.next is missing");
            }

            guard.Visit(nextUrl);
            url = nextUrl;
        }
    }
}
