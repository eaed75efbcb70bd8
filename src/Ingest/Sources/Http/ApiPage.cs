using System.Net.Http.Headers;
using System.Text.Json;

namespace Reporting.Ingest.Sources.Http;

/// <summary>A successful JSON answer: the parsed document and the headers paging may need (Link).</summary>
public sealed class ApiPage(Uri uri, JsonDocument document, HttpResponseHeaders headers) : IDisposable
{
    public Uri Uri { get; } = uri;

    public JsonElement Root => document.RootElement;

    public HttpResponseHeaders Headers { get; } = headers;

    /// <summary>Where the page came from, relative to the API root: what a rejected record points back to.</summary>
    public string Reference => Uri.PathAndQuery;

    public void Dispose() => document.Dispose();
}
