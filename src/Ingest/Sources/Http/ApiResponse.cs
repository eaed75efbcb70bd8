using System.Net;
using System.Net.Http.Headers;

namespace Reporting.Ingest.Sources.Http;

/// <summary>One answer from a source's API, body read completely (so a retry covers a body cut off mid-way).</summary>
public sealed record ApiResponse(Uri Uri, HttpStatusCode Status, string ReasonPhrase, HttpResponseHeaders Headers, byte[] Body)
{
    /// <summary>Requests it took, retries included.</summary>
    public int Attempts { get; init; } = 1;

    public bool IsSuccess => (int)Status is >= 200 and < 300;
}
