using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Reporting.Ingest.Sources.Http;

/// <summary>
/// The wait a server asks for: <c>Retry-After</c> (seconds or an HTTP date, Zendesk and GitHub), else
/// GitHub's <c>x-ratelimit-reset</c> (UTC epoch seconds) when <c>x-ratelimit-remaining</c> is 0.
/// </summary>
public static class RetryDelay
{
    public static TimeSpan? Requested(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (retryAfter.Date is { } date)
            {
                return Max(date - now, TimeSpan.Zero);
            }
        }

        if (Header(headers, "x-ratelimit-remaining") == "0"
            && long.TryParse(Header(headers, "x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            // One second more: the reset instant is truncated to whole seconds.
            return Max(DateTimeOffset.FromUnixTimeSeconds(reset) - now + TimeSpan.FromSeconds(1), TimeSpan.Zero);
        }

        return null;
    }

    /// <summary>
    /// GitHub answers a rate limit with 403 as well as 429; a 403 without these headers is a permission
    /// problem and is not retried.
    /// </summary>
    public static bool IsRateLimited(HttpStatusCode status, HttpResponseHeaders headers) =>
        status == HttpStatusCode.TooManyRequests
        || (status == HttpStatusCode.Forbidden && (headers.RetryAfter is not null || Header(headers, "x-ratelimit-remaining") == "0"));

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
