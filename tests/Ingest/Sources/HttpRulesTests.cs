using System.Globalization;
using System.Net;
using Reporting.Ingest.Sources;
using Reporting.Ingest.Sources.Http;
using Reporting.Ingest.Sources.Jira;

namespace Reporting.Ingest.Tests.Sources;

/// <summary>The small rules the connectors rely on: how long a server asks to wait, Link headers, JQL dates, redaction.</summary>
public class HttpRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseMessage Response(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    [Fact]
    public void Retry_After_in_seconds_or_as_a_date_is_the_wait()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.Requested(Response(("Retry-After", "7")).Headers, Now));
        Assert.Equal(TimeSpan.FromSeconds(90), RetryDelay.Requested(Response(("Retry-After", Now.AddSeconds(90).ToString("R", CultureInfo.InvariantCulture))).Headers, Now));
        Assert.Null(RetryDelay.Requested(Response().Headers, Now));
    }

    [Fact]
    public void GitHubs_reset_time_is_the_wait_when_no_requests_remain()
    {
        var reset = Now.AddSeconds(30).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.Equal(TimeSpan.FromSeconds(31), RetryDelay.Requested(Response(("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", reset)).Headers, Now));
        Assert.Null(RetryDelay.Requested(Response(("x-ratelimit-remaining", "12"), ("x-ratelimit-reset", reset)).Headers, Now));
        Assert.True(RetryDelay.IsRateLimited(HttpStatusCode.Forbidden, Response(("x-ratelimit-remaining", "0")).Headers));
        Assert.False(RetryDelay.IsRateLimited(HttpStatusCode.Forbidden, Response().Headers));
    }

    [Fact]
    public void The_next_link_is_found_among_the_others()
    {
        var response = Response(("Link",
            "<https://api.github.com/repositories/1/issues?page=1>; rel=\"prev\", <https://api.github.com/repositories/1/issues?page=3>; rel=\"next\", " +
            "<https://api.github.com/repositories/1/issues?page=9>; rel=\"last\""));

        Assert.Equal(new Uri("https://api.github.com/repositories/1/issues?page=3"), LinkHeader.Find(response.Headers, "next"));
        Assert.Null(LinkHeader.Find(Response().Headers, "next"));
    }

    [Fact]
    public void Jql_dates_are_written_in_the_API_users_time_zone_and_rounded_down_to_the_minute()
    {
        var jql = JiraQuery.Jql(["OPS"], new DateTime(2026, 7, 1, 22, 30, 59, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

        Assert.Equal("""project in ("OPS") AND updated >= "2026-07-02 00:30" ORDER BY updated ASC, key ASC""", jql);
    }

    [Fact]
    public void A_stored_updated_watermark_is_re_read_with_the_overlap()
    {
        var options = new SourceOptions { Overlap = TimeSpan.FromMinutes(5) };

        Assert.Equal(new DateTime(2026, 1, 1, 9, 55, 0), UpdatedWatermark.From("x", new PullStart("2026-01-01T10:00:00.0000000Z", null), options));
        Assert.Equal(new DateTime(2025, 12, 24), UpdatedWatermark.From("x", new PullStart("2026-01-01T10:00:00Z", new DateTimeOffset(2025, 12, 24, 0, 0, 0, TimeSpan.Zero)), options));
        Assert.Null(UpdatedWatermark.From("x", new PullStart(null, null), options));
    }

    [Fact]
    public void Credentials_are_redacted_as_given_and_url_encoded()
    {
        var redactor = new SecretRedactor("s3cr3t/token+1", "dXNlcjpzM2NyM3Q=");

        Assert.Equal("token *** and *** and Basic ***", redactor.Redact("token s3cr3t/token+1 and s3cr3t%2Ftoken%2B1 and Basic dXNlcjpzM2NyM3Q="));
    }
}
