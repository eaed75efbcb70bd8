using Microsoft.AspNetCore.Http;

namespace Reporting.Testing.FakeApis;

/// <summary>
/// A planned misbehaviour: for requests it <see cref="Applies"/> to (the request and its 1-based number on
/// the server), at most <see cref="Times"/> times, answer <see cref="Status"/> with these headers and body,
/// or drop the connection.
/// </summary>
public sealed record Fault(Func<HttpRequest, long, bool> Applies, int Times, int Status, IReadOnlyDictionary<string, string>? Headers = null, string? Body = null, bool Abort = false)
{
    public static Func<HttpRequest, long, bool> PathContains(string fragment) =>
        (request, _) => (request.Path.Value ?? "").Contains(fragment, StringComparison.Ordinal);

    /// <summary>429 with <c>Retry-After</c> in seconds (Zendesk, GitHub secondary limits).</summary>
    public static Fault TooManyRequests(string path, int retryAfterSeconds, int times = 1) =>
        new(PathContains(path), times, 429, new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            """{"error":"APIRateLimitExceeded","description":"Number of allowed API requests per minute exceeded"}""");

    public static Fault ServerError(string path, int times = 1) =>
        new(PathContains(path), times, 500, Body: """{"error":"InternalError"}""");

    /// <summary>A 200 whose body is not the JSON the API documents.</summary>
    public static Fault Malformed(string path, string body, int times = 1) => new(PathContains(path), times, 200, Body: body);

    /// <summary>From request number <paramref name="after"/> + 1 on, every request fails with 503: the service is down.</summary>
    public static Fault DownAfter(long after) =>
        new((_, number) => number > after, int.MaxValue, 503, Body: """{"error":"ServiceUnavailable"}""");
}
