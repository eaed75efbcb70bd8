using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Reporting.Ingest.Tickets;

namespace Reporting.Testing.FakeApis;

/// <summary>
/// GitHub's REST API for one repository, as documented: <c>GET /repos/{owner}/{repo}/issues</c> with
/// <c>state</c>, <c>since</c>, <c>sort=updated</c>, <c>direction</c>, <c>per_page</c> (max 100) and <c>page</c>, paged by
/// the <c>Link</c> header (<c>rel="next"</c>, <c>"last"</c>, <c>"first"</c>, <c>"prev"</c>); pull requests are listed too,
/// with a <c>pull_request</c> key. <c>GET /repos/{owner}/{repo}/issues/{number}/comments</c> pages the same way.
/// Rate limits are played with <see cref="Fault"/>s carrying the <c>x-ratelimit-*</c> or <c>retry-after</c> headers.
/// </summary>
public sealed class FakeGitHub : IAsyncDisposable
{
    private readonly UpdatedOrderedStore _issues = new();
    private readonly Dictionary<long, List<string>> _comments = [];
    private readonly Dictionary<long, List<string>> _events = [];
    private readonly List<string> _releases = [];

    private FakeGitHub(FakeApiHost host, string repository)
    {
        Host = host;
        Repository = repository;
    }

    public FakeApiHost Host { get; }

    public Uri BaseUrl => Host.BaseUrl;

    public string Repository { get; }

    public string IssuesPath => $"/repos/{Repository}/issues";

    public static async Task<FakeGitHub> StartAsync(string repository = "acme/widgets")
    {
        FakeGitHub? fake = null;
        var host = await FakeApiHost.StartAsync(app =>
        {
            app.MapGet($"/repos/{repository}/issues", (HttpContext c) => fake!.IssuesAsync(c));
            app.MapGet($"/repos/{repository}/issues/{{number:long}}/comments", (HttpContext c, long number) => fake!.IssueListAsync(c, fake._comments, number));
            app.MapGet($"/repos/{repository}/issues/{{number:long}}/events", (HttpContext c, long number) => fake!.IssueListAsync(c, fake._events, number));
            app.MapGet($"/repos/{repository}/releases", (HttpContext c) => fake!.ReleasesAsync(c));
        });
        fake = new FakeGitHub(host, repository);
        return fake;
    }

    /// <summary>Adds or replaces an issue or pull request (by <c>number</c>; ordered by <c>updated_at</c>).</summary>
    public void Put(JsonObject issue) =>
        _issues.Put(issue["number"]!.GetValue<long>(), TimestampParser.ParseUtc(issue["updated_at"]!.GetValue<string>()), issue.ToJsonString());

    /// <summary>Adds a release (listed newest first, as GitHub does).</summary>
    public void AddRelease(JsonObject release)
    {
        lock (_releases)
        {
            _releases.Insert(0, release.ToJsonString());
        }
    }

    private Task ReleasesAsync(HttpContext context)
    {
        List<string> all;
        lock (_releases)
        {
            all = _releases.ToList();
        }

        return WritePageAsync(context, all);
    }

    public void AddComment(long number, JsonObject comment) => Add(_comments, number, comment);

    /// <summary>Adds an issue event (<c>id</c>, <c>event</c> such as <c>labeled</c>, <c>label</c>, <c>actor</c>, <c>created_at</c>).</summary>
    public void AddEvent(long number, JsonObject issueEvent) => Add(_events, number, issueEvent);

    private static void Add(Dictionary<long, List<string>> lists, long number, JsonObject item)
    {
        lock (lists)
        {
            (lists.TryGetValue(number, out var list) ? list : lists[number] = []).Add(item.ToJsonString());
        }
    }

    private async Task IssuesAsync(HttpContext context)
    {
        var query = context.Request.Query;
        DateTime? since = null;
        if ((string?)query["since"] is { } sinceText)
        {
            if (!TimestampParser.TryParseUtc(sinceText, out var parsed))
            {
                await JsonResponse.ErrorAsync(context, 422, "Validation Failed: since");
                return;
            }

            since = parsed;
        }

        var state = (string?)query["state"] ?? "open";
        var matching = _issues.Where(i => since is null || i.Updated >= since)
            .Where(i => state == "all" || i.Json.Contains($"\"state\":\"{state}\"", StringComparison.Ordinal))
            .ToList();
        if ((string?)query["direction"] != "asc")
        {
            matching.Reverse();
        }

        await WritePageAsync(context, matching.Select(i => i.Json).ToList());
    }

    private Task IssueListAsync(HttpContext context, Dictionary<long, List<string>> lists, long number)
    {
        List<string> all;
        lock (lists)
        {
            all = lists.TryGetValue(number, out var list) ? list.ToList() : [];
        }

        return WritePageAsync(context, all);
    }

    /// <summary>One <c>page</c> of <c>per_page</c> items, with the Link header GitHub sends.</summary>
    private static async Task WritePageAsync(HttpContext context, List<string> all)
    {
        var query = context.Request.Query;
        var perPage = int.TryParse(query["per_page"], out var p) ? Math.Clamp(p, 1, 100) : 30;
        var page = int.TryParse(query["page"], out var n) ? Math.Max(1, n) : 1;
        var last = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var links = new List<string>();
        string Link(int target, string rel)
        {
            var parameters = query.Where(q => q.Key != "page").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append(string.Create(CultureInfo.InvariantCulture, $"page={target}"));
            return $"<{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}?{string.Join('&', parameters)}>; rel=\"{rel}\"";
        }

        if (page > 1)
        {
            links.Add(Link(page - 1, "prev"));
        }

        if (page < last)
        {
            links.Add(Link(page + 1, "next"));
            links.Add(Link(last, "last"));
        }

        if (page > 1)
        {
            links.Add(Link(1, "first"));
        }

        if (links.Count > 0)
        {
            context.Response.Headers["Link"] = string.Join(", ", links);
        }

        context.Response.Headers["x-ratelimit-limit"] = "5000";
        context.Response.Headers["x-ratelimit-remaining"] = "4999";
        context.Response.Headers["x-ratelimit-resource"] = "core";
        var items = all.Skip((page - 1) * perPage).Take(perPage);
        await JsonResponse.WriteAsync(context, w =>
        {
            w.WriteStartArray();
            foreach (var json in items)
            {
                w.WriteRawValue(json, skipInputValidation: true);
            }

            w.WriteEndArray();
        });
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
