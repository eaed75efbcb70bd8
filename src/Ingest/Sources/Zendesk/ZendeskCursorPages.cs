using System.Text.Json;
using Reporting.Ingest.Sources.Http;

namespace Reporting.Ingest.Sources.Zendesk;

/// <summary>
/// Zendesk's cursor pagination of a ticket's lists (comments, audits): <c>page[size]=100</c>, <c>meta.has_more</c>,
/// <c>links.next</c>, each next link visited once; the users each page sideloads are added to the people known.
/// </summary>
internal static class ZendeskCursorPages
{
    /// <summary>
    /// Every item of <c>/api/v2/tickets/{id}/{list}.json</c>, mapped in order by <paramref name="map"/> (which may
    /// yield several or none per item); null when the ticket is gone (the first page answers 404).
    /// </summary>
    public static async Task<List<T>?> ReadItemsAsync<T>(
        SourceHttpClient http, string ticketId, string list, ZendeskSideloads people, Func<JsonElement, ApiPage, IEnumerable<T>> map,
        CancellationToken cancellationToken)
    {
        var items = new List<T>();
        var url = $"api/v2/tickets/{ticketId}/{list}.json?page[size]=100&include=users";
        var guard = new PagingGuard(http.Source, $"{list} cursor of ticket {ticketId}");
        while (true)
        {
            using var page = await http.GetJsonOrNullAsync(url, cancellationToken);
            if (page is null)
            {
                return null;
            }

            people.AddUsers(page.Root);
            foreach (var (_, item) in PageItems.Array(page.Root, list, p => http.MalformedPage(page, p)))
            {
                items.AddRange(map(item, page));
            }

            if (!page.Root.TryGetProperty("meta", out var meta) || !meta.TryGetProperty("has_more", out var more) || more.ValueKind != JsonValueKind.True)
            {
                return items;
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
