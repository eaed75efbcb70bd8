using System.Diagnostics;
using System.Globalization;
using Reporting.Ingest.Sources;
using Reporting.Testing;
using Reporting.Testing.FakeApis;

namespace Reporting.Ingest.Tests.Sources;

/// <summary>Pulling a repository's issues from a fake GitHub REST API on 127.0.0.1 (Link paging, pull requests, rate limits).</summary>
public class GitHubPullTests
{
    private const string Repository = "acme/widgets";
    private static readonly DateTime Created = new(2026, 2, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Updated = new(2026, 2, 10, 12, 0, 0, DateTimeKind.Utc);

    private static SourceOptions Options(FakeGitHub github, bool comments = false) => new()
    {
        Kind = SourceKinds.GitHub,
        BaseUrl = github.BaseUrl.ToString(),
        Token = "ghp_0123456789abcdef",
        Repository = Repository,
        PageSize = 2,
        IncludeComments = comments,
        Fields = new FieldMappingOptions { ServiceTagPrefix = "area-", TeamTagPrefix = "team-" },
    };

    /// <summary>Issues 1..5 (3 is a pull request), updated an hour apart.</summary>
    private static async Task<FakeGitHub> GitHubWithAsync()
    {
        var github = await FakeGitHub.StartAsync(Repository);
        github.Put(GitHubData.Issue(Repository, 1, Created, Updated.AddHours(1), "Export times out", "Exports of 10k rows time out", author: "carol",
            assignee: "dave", labels: ["bug", "area-export", "team-data"], comments: 2));
        github.Put(GitHubData.Issue(Repository, 2, Created, Updated.AddHours(2), "Login loops", author: "erin", labels: ["area-auth"],
            closed: Updated.AddHours(2)));
        github.Put(GitHubData.Issue(Repository, 3, Created, Updated.AddHours(3), "Fix login loop", author: "dave", pullRequest: true));
        github.Put(GitHubData.Issue(Repository, 4, Created, Updated.AddHours(4), "Dark mode", author: "frank"));
        github.Put(GitHubData.Issue(Repository, 5, Created, Updated.AddHours(5), "Typo on pricing page", author: "gina", labels: ["docs"]));
        github.AddComment(1, GitHubData.Comment(9001, "carol", "Still happening", Created.AddHours(1)));
        github.AddComment(1, GitHubData.Comment(9002, "dave", "Looking into it", Created.AddHours(3)));
        return github;
    }

    [Fact]
    public async Task Issues_are_paged_by_the_Link_header_pull_requests_skipped_and_labels_mapped_to_service_and_team()
    {
        await using var github = await GitHubWithAsync();
        await using var pull = await PullScenario.CreateAsync(Options(github, comments: true));

        var summary = await pull.PullAsync();

        Assert.Equal((3, 4L, 4L, 1L), (summary.Pages, summary.Counts.Read, summary.Counts.New, summary.Skipped));
        var tickets = await pull.TicketsAsync();
        Assert.Equal(["1", "2", "4", "5"], tickets.Select(t => t.ExternalId));
        Assert.Equal(new TicketRow
        {
            ExternalId = "1", CreatedAt = Created, UpdatedAt = Updated.AddHours(1), FirstResponseAt = Created.AddHours(3), Status = "open",
            Channel = "github", Reporter = "carol", Subject = "Export times out", Body = "Exports of 10k rows time out", Product = Repository,
            Service = "export", Team = "data", Assignee = "dave", Tags = "bug,area-export,team-data",
        }, tickets[0]);
        Assert.Equal(("closed", Updated.AddHours(2), "auth"), (tickets[1].Status, tickets[1].ResolvedAt, tickets[1].Service));
        Assert.Equal(
            [("1", "9001", Created.AddHours(1), "comment", "carol", "Still happening"), ("1", "9002", Created.AddHours(3), "comment", "dave", "Looking into it")],
            await pull.EventsAsync());
        Assert.Equal("2026-02-10T17:00:00.0000000Z", await pull.WatermarkAsync());
        var listing = github.Host.Requests.Where(r => !r.Contains("/comments", StringComparison.Ordinal)).ToList();
        Assert.Equal("/repos/acme/widgets/issues?state=all&sort=updated&direction=asc&per_page=2", listing[0]);
        Assert.EndsWith("&page=3", listing[2]);
        Assert.Single(github.Host.Requests, r => r.Contains("/comments", StringComparison.Ordinal)); // only issue 1 has comments
    }

    [Fact]
    public async Task With_field_history_the_issue_events_give_the_labels_added_and_removed_after_filing()
    {
        await using var github = await GitHubWithAsync();
        // As GitHub lists an issue's events: labels come and go, other events (assigned, closed) carry no field.
        github.AddEvent(1, LabelEvent(7001, "labeled", "bug", "dave", Created.AddHours(2)));
        github.AddEvent(1, LabelEvent(7002, "labeled", "needs-triage", "dave", Created.AddHours(2)));
        github.AddEvent(1, LabelEvent(7003, "unlabeled", "needs-triage", "dave", Created.AddHours(4)));
        github.AddEvent(1, new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = 7004, ["event"] = "assigned", ["actor"] = new System.Text.Json.Nodes.JsonObject { ["login"] = "dave" },
            ["created_at"] = Created.AddHours(4).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        });
        await using var pull = await PullScenario.CreateAsync(Options(github, comments: true) with { IncludeFieldHistory = true });

        await pull.PullAsync();

        Assert.Equal(
            [("1", "9001", Created.AddHours(1), "comment", "carol", "Still happening"),
             ("1", "l7001", Created.AddHours(2), "tag_added", "dave", "bug"),
             ("1", "l7002", Created.AddHours(2), "tag_added", "dave", "needs-triage"),
             ("1", "9002", Created.AddHours(3), "comment", "dave", "Looking into it"),
             ("1", "l7003", Created.AddHours(4), "tag_removed", "dave", "needs-triage")],
            (await pull.EventsAsync()).OrderBy(e => e.At).ThenBy(e => e.EventId, StringComparer.Ordinal));
        // Every issue's events are read (no count says which have some); pull requests' are not.
        Assert.Equal(4, github.Host.Requests.Count(r => r.Contains("/events", StringComparison.Ordinal)));
    }

    private static System.Text.Json.Nodes.JsonObject LabelEvent(long id, string kind, string label, string actor, DateTime at) => new()
    {
        ["id"] = id,
        ["event"] = kind,
        ["label"] = new System.Text.Json.Nodes.JsonObject { ["name"] = label, ["color"] = "d73a4a" },
        ["actor"] = new System.Text.Json.Nodes.JsonObject { ["login"] = actor },
        ["created_at"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task The_next_pull_sends_since_the_watermark_less_the_overlap_and_picks_up_the_change()
    {
        await using var github = await GitHubWithAsync();
        await using var pull = await PullScenario.CreateAsync(Options(github));
        await pull.PullAsync();

        github.Put(GitHubData.Issue(Repository, 4, Created, Updated.AddHours(6), "Dark mode", author: "frank", closed: Updated.AddHours(6)));
        var before = github.Host.Requests.Count;
        var second = await pull.PullAsync();

        Assert.Equal("/repos/acme/widgets/issues?state=all&sort=updated&direction=asc&per_page=2&since=2026-02-10T16:55:00Z", github.Host.Requests[before]);
        Assert.Equal((2L, 1L, 1L), (second.Counts.Read, second.Counts.Updated, second.Counts.Unchanged));
        Assert.Equal("closed", (await pull.TicketsAsync()).Single(t => t.ExternalId == "4").Status);
    }

    [Fact]
    public async Task A_rate_limit_answered_with_403_and_no_requests_remaining_is_retried_not_taken_as_a_permission_error()
    {
        // How long it waits is RetryDelay's rule (HttpRulesTests, on a fixed clock); a reset already past means no wait.
        await using var github = await GitHubWithAsync();
        var reset = TestClock.DefaultNow.AddDays(-1).ToUnixTimeSeconds();
        github.Host.Faults.Add(new Fault(Fault.PathContains("/issues"), 1, 403,
            new Dictionary<string, string> { ["x-ratelimit-remaining"] = "0", ["x-ratelimit-reset"] = reset.ToString(CultureInfo.InvariantCulture) },
            """{"message":"API rate limit exceeded for user ID 1.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"}"""));
        await using var pull = await PullScenario.CreateAsync(Options(github));

        var summary = await pull.PullAsync();

        Assert.Equal((1, 4L), (summary.Retries, summary.Counts.New));
    }

    [Fact]
    public async Task A_429_with_retry_after_is_honoured()
    {
        await using var github = await GitHubWithAsync();
        github.Host.Faults.Add(Fault.TooManyRequests("/issues", retryAfterSeconds: 1));
        await using var pull = await PullScenario.CreateAsync(Options(github));

        var watch = Stopwatch.StartNew();
        var summary = await pull.PullAsync();

        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.95), $"waited only {watch.Elapsed}");
        Assert.Equal((1, 4L), (summary.Retries, summary.Counts.New));
    }

    [Fact]
    public async Task A_rate_limit_longer_than_MaxWait_ends_the_pull_at_once_with_a_clear_error()
    {
        await using var github = await GitHubWithAsync();
        github.Host.Faults.Add(Fault.TooManyRequests("/issues", retryAfterSeconds: 3600));
        await using var pull = await PullScenario.CreateAsync(Options(github));

        var watch = Stopwatch.StartNew();
        var error = await pull.PullFailsAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Contains("429 Too Many Requests: rate limited for 3600 s, longer than Retry:MaxWait (5 s)", error.Message);
        Assert.Single(github.Host.Requests);
    }

    [Fact]
    public async Task A_403_without_rate_limit_headers_is_a_permission_error_and_not_retried()
    {
        await using var github = await GitHubWithAsync();
        github.Host.Faults.Add(new Fault(Fault.PathContains("/issues"), 1, 403, Body: """{"message":"Resource not accessible by personal access token"}"""));
        await using var pull = await PullScenario.CreateAsync(Options(github));

        var error = await pull.PullFailsAsync();

        Assert.Contains("403 Forbidden: the credentials were refused", error.Message);
        Assert.Single(github.Host.Requests);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        await using var github = await GitHubWithAsync();
        github.Host.Faults.Add(new Fault(Fault.PathContains("/issues"), 1, 0, Abort: true));
        await using var pull = await PullScenario.CreateAsync(Options(github));

        var summary = await pull.PullAsync();

        Assert.Equal((1, 4L), (summary.Retries, summary.Counts.New));
    }

    [Fact]
    public async Task A_next_link_seen_twice_stops_the_pull_with_a_clear_error()
    {
        await using var github = await GitHubWithAsync();
        var again = $"<{github.BaseUrl}repos/acme/widgets/issues?page=2>; rel=\"next\"";
        github.Host.Faults.Add(new Fault((r, _) => r.Query.ContainsKey("page"), 2, 200,
            new Dictionary<string, string> { ["Link"] = again }, "[]"));
        await using var pull = await PullScenario.CreateAsync(Options(github));

        var error = await pull.PullFailsAsync();

        Assert.Contains($"next page link '{github.BaseUrl}repos/acme/widgets/issues?page=2' a second time", error.Message);
    }
}
