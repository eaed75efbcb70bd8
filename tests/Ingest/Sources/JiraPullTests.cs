using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Reporting.Ingest.Sources;
using Reporting.Testing.FakeApis;

namespace Reporting.Ingest.Tests.Sources;

/// <summary>
/// Pulling real Apache Jira issues from a fake Jira on 127.0.0.1: Cloud (<c>/rest/api/3/search/jql</c>,
/// nextPageToken, ADF text) and Server/Data Center (<c>/rest/api/2/search</c>, startAt/total).
/// </summary>
public class JiraPullTests
{
    private static readonly string[] Projects = ["HADOOP", "HDFS", "YARN"];

    private static SourceOptions Options(FakeJira jira, int pageSize = 3) => new()
    {
        Kind = jira.Mode == JiraMode.Cloud ? SourceKinds.JiraCloud : SourceKinds.JiraServer,
        BaseUrl = jira.BaseUrl.ToString(),
        User = "robot@acme.example",
        Token = "jira-token-abcdef",
        Projects = [.. Projects],
        PageSize = pageSize,
    };

    private static async Task<FakeJira> JiraAsync(JiraMode mode, int commentsInSearch = int.MaxValue)
    {
        var jira = await FakeJira.StartAsync(mode);
        jira.CommentsInSearch = commentsInSearch;
        foreach (var issue in JiraFixtures.Issues())
        {
            jira.Put(issue);
        }

        return jira;
    }

    /// <summary>The fixture issues of the configured projects, as the v2 mapper maps them, by key.</summary>
    private static List<(JsonObject Issue, Reporting.Ingest.Tickets.TicketRecord Ticket)> Expected() =>
        JiraFixtures.Issues().Where(i => Projects.Contains(JiraFixtures.Project(i)))
            .Select(i => (i, JiraFixtures.MapV2(i, PullScenario.Name)))
            .OrderBy(x => x.Item2.ExternalId, StringComparer.Ordinal)
            .ToList();

    private static string Words(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static string? Jql(string request) =>
        Uri.UnescapeDataString(Regex.Match(request, "jql=([^&]*)").Groups[1].Value);

    [Fact]
    public async Task Cloud_pages_real_issues_by_nextPageToken_and_maps_them_like_their_v2_originals()
    {
        await using var jira = await JiraAsync(JiraMode.Cloud);
        await using var pull = await PullScenario.CreateAsync(Options(jira));

        var summary = await pull.PullAsync();

        var expected = Expected();
        Assert.Equal((3, 7L, 7L, 0L), (summary.Pages, summary.Counts.Read, summary.Counts.New, summary.Counts.Rejected));
        var tickets = await pull.TicketsAsync();
        Assert.Equal(expected.Select(e => e.Ticket.ExternalId), tickets.Select(t => t.ExternalId));
        foreach (var ((issue, v2), cloud) in expected.Zip(tickets))
        {
            Assert.Equal(
                (v2.CreatedAt, v2.UpdatedAt, v2.ResolvedAt, v2.Status, v2.Priority, v2.Type, v2.Product, v2.Service,
                 string.Join(',', v2.DuplicateOf), string.Join(',', v2.Tags), string.Join(',', v2.FixVersions), v2.TimeSpentSeconds, v2.FirstResponseAt),
                (cloud.CreatedAt, cloud.UpdatedAt, cloud.ResolvedAt, cloud.Status, cloud.Priority, cloud.Type, cloud.Product, cloud.Service,
                 cloud.DuplicateOf, cloud.Tags, cloud.FixVersions, cloud.TimeSpentSeconds, cloud.FirstResponseAt));
            Assert.Equal(JiraFixtures.DisplayName(issue, "reporter"), cloud.Reporter); // Cloud has no user names
            Assert.Equal(Words(v2.Body), Words(cloud.Body)); // ADF flattened: the same words, paragraphs aside
            Assert.Equal(v2.Subject, cloud.Subject);
        }

        var events = await pull.EventsAsync();
        var v2Events = expected.SelectMany(e => e.Ticket.Events!.Select(c => (e.Ticket.ExternalId, c))).ToList();
        Assert.Equal(v2Events.Count, events.Count);
        Assert.Equal(v2Events.Select(e => (e.ExternalId, e.c.EventId, e.c.At, Words(e.c.Detail ?? ""))).Order(),
            events.Select(e => (e.TicketId, e.EventId, e.At, Words(e.Detail ?? ""))).Order());
        Assert.Equal("2016-11-24T20:45:44.1850000Z", await pull.WatermarkAsync());
        Assert.All(jira.Host.Requests.SkipLast(Projects.Length), r => Assert.StartsWith("/rest/api/3/search/jql?", r));
        Assert.Equal(Projects.Select(p => $"/rest/api/3/project/{p}/versions"), jira.Host.Requests.TakeLast(Projects.Length)); // then the releases
        Assert.Equal("""project in ("HADOOP", "HDFS", "YARN") ORDER BY updated ASC, key ASC""", Jql(jira.Host.Requests[0]));
        Assert.Contains("nextPageToken=", jira.Host.Requests[1]);
    }

    [Fact]
    public async Task Comments_beyond_those_a_search_result_carries_are_read_from_the_issue_comment_endpoint()
    {
        await using var jira = await JiraAsync(JiraMode.Cloud, commentsInSearch: 2);
        await using var pull = await PullScenario.CreateAsync(Options(jira));

        await pull.PullAsync();

        var events = await pull.EventsAsync();
        Assert.Equal(7, events.Count(e => e.TicketId == "YARN-1018"));
        Assert.Equal(4, events.Count(e => e.TicketId == "HDFS-10176"));
        Assert.Equal(2, events.Count(e => e.TicketId == "HADOOP-11443")); // complete already: no extra request
        Assert.Equal(
            ["/rest/api/3/issue/HADOOP-10042/comment?startAt=0&maxResults=100", "/rest/api/3/issue/HDFS-10176/comment?startAt=0&maxResults=100",
             "/rest/api/3/issue/YARN-1018/comment?startAt=0&maxResults=100"],
            jira.Host.Requests.Where(r => r.Contains("/comment", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task The_next_pull_asks_only_for_issues_updated_since_the_watermark_less_the_overlap()
    {
        await using var jira = await JiraAsync(JiraMode.Cloud);
        await using var pull = await PullScenario.CreateAsync(Options(jira));
        await pull.PullAsync();

        var changed = JiraFixtures.Issues().Single(i => i["key"]!.GetValue<string>() == "HDFS-1018");
        changed["fields"]!["updated"] = "2016-12-01T10:00:00.000+0000";
        changed["fields"]!["status"]!["name"] = "Closed";
        jira.Put(changed);
        var before = jira.Host.Requests.Count;
        var second = await pull.PullAsync();

        Assert.Equal("""project in ("HADOOP", "HDFS", "YARN") AND updated >= "2016-11-24 20:40" ORDER BY updated ASC, key ASC""",
            Jql(jira.Host.Requests[before]));
        Assert.Equal((2L, 0L, 1L, 1L), (second.Counts.Read, second.Counts.New, second.Counts.Updated, second.Counts.Unchanged));
        Assert.Equal("Closed", (await pull.TicketsAsync()).Single(t => t.ExternalId == "HDFS-1018").Status);
        Assert.Equal("2016-12-01T10:00:00.0000000Z", await pull.WatermarkAsync());
    }

    [Fact]
    public async Task A_nextPageToken_returned_twice_stops_the_pull_with_a_clear_error()
    {
        await using var jira = await JiraAsync(JiraMode.Cloud);
        jira.RepeatsPage = true;
        await using var pull = await PullScenario.CreateAsync(Options(jira));

        var error = await pull.PullFailsAsync();

        Assert.Matches("^source 'acme': the API returned nextPageToken '[^']+' a second time; paging does not progress", error.Message);
        Assert.Equal(6, (await pull.TicketIdsAsync()).Count); // pages 1 and 2 are committed; the repeat is caught before page 3
    }

    [Fact]
    public async Task A_pull_that_dies_after_page_two_resumes_from_the_committed_watermark_and_ends_with_exactly_the_issues()
    {
        await using var jira = await JiraAsync(JiraMode.Cloud);
        jira.Host.Faults.Add(Fault.DownAfter(2));
        await using var pull = await PullScenario.CreateAsync(Options(jira));

        var error = await pull.PullFailsAsync();

        Assert.Contains("still 503 Service Unavailable after 3 attempt(s)", error.Message);
        Assert.Equal("2016-09-21T06:24:40.2420000Z", await pull.WatermarkAsync()); // the newest issue of page 2
        Assert.Equal(6, (await pull.TicketIdsAsync()).Count);

        jira.Host.Faults.Clear();
        var before = jira.Host.Requests.Count;
        var resumed = await pull.PullAsync();

        Assert.Contains("""updated >= "2016-09-21 06:19" """, Jql(jira.Host.Requests[before]));
        Assert.Equal((2L, 1L, 0L, 1L), (resumed.Counts.Read, resumed.Counts.New, resumed.Counts.Updated, resumed.Counts.Unchanged));
        Assert.Equal(Expected().Select(e => e.Ticket.ExternalId), await pull.TicketIdsAsync());
        Assert.Equal(Expected().Sum(e => e.Ticket.Events!.Count), (await pull.EventsAsync()).Count);
        Assert.Equal("2016-11-24T20:45:44.1850000Z", await pull.WatermarkAsync());
        await using var uninterrupted = await PullScenario.CreateAsync(Options(jira));
        await uninterrupted.PullAsync();
        Assert.Equal(await uninterrupted.TicketsAsync(), await pull.TicketsAsync());
        Assert.Equal(await uninterrupted.EventsAsync(), await pull.EventsAsync());
    }

    [Fact]
    public async Task An_issue_that_cannot_be_mapped_is_rejected_with_its_page_and_position()
    {
        await using var jira = await JiraAsync(JiraMode.Server);
        var broken = JiraFixtures.Issues().Single(i => i["key"]!.GetValue<string>() == "YARN-1018");
        broken["fields"]!["created"] = "the day before yesterday";
        jira.Put(broken);
        await using var pull = await PullScenario.CreateAsync(Options(jira));

        var summary = await pull.PullAsync();

        Assert.Equal((7L, 6L, 1L), (summary.Counts.Read, summary.Counts.Ingested, summary.Counts.Rejected));
        var reject = Assert.Single(await pull.RejectsAsync());
        Assert.StartsWith("acme /rest/api/2/search?jql=", reject.Input);
        Assert.EndsWith("&startAt=0&maxResults=3", reject.Input);
        Assert.Equal((3L, "created", "'the day before yesterday' is not a timestamp"), (reject.Line, reject.Field, reject.Reason));
        Assert.DoesNotContain("YARN-1018", await pull.TicketIdsAsync());
    }

    [Fact]
    public async Task Server_pages_by_startAt_against_total_and_stores_exactly_what_the_v2_mapper_makes_of_each_issue()
    {
        await using var jira = await JiraAsync(JiraMode.Server);
        await using var pull = await PullScenario.CreateAsync(Options(jira));

        var summary = await pull.PullAsync();

        var expected = Expected();
        Assert.Equal((3, 7L), (summary.Pages, summary.Counts.New));
        var tickets = await pull.TicketsAsync();
        Assert.Equal(
            expected.Select(e => new TicketRow
            {
                ExternalId = e.Ticket.ExternalId, CreatedAt = e.Ticket.CreatedAt, UpdatedAt = e.Ticket.UpdatedAt,
                FirstResponseAt = e.Ticket.FirstResponseAt, ResolvedAt = e.Ticket.ResolvedAt, Status = e.Ticket.Status,
                Priority = e.Ticket.Priority, Type = e.Ticket.Type, Reporter = e.Ticket.Reporter, Subject = e.Ticket.Subject, Body = e.Ticket.Body,
                Product = e.Ticket.Product, Service = e.Ticket.Service, Assignee = e.Ticket.Assignee, Tags = string.Join(',', e.Ticket.Tags),
                DuplicateOf = string.Join(',', e.Ticket.DuplicateOf), AffectedVersions = string.Join(',', e.Ticket.AffectedVersions),
                FixVersions = string.Join(',', e.Ticket.FixVersions), TimeSpentSeconds = e.Ticket.TimeSpentSeconds,
            }),
            tickets);
        Assert.Equal(
            expected.SelectMany(e => e.Ticket.Events!.Select(c => (e.Ticket.ExternalId, c.EventId, c.At, c.Kind, c.Actor, c.Detail))).Order(),
            (await pull.EventsAsync()).Order());
        Assert.Equal(
            ["startAt=0&maxResults=3", "startAt=3&maxResults=3", "startAt=6&maxResults=3"],
            jira.Host.Requests.Where(r => r.StartsWith(jira.SearchPath, StringComparison.Ordinal)).Select(r => r[(r.IndexOf("startAt", StringComparison.Ordinal))..]));
    }

    [Fact]
    public async Task A_server_that_ignores_startAt_stops_the_pull_with_a_clear_error()
    {
        await using var jira = await JiraAsync(JiraMode.Server);
        jira.RepeatsPage = true;
        await using var pull = await PullScenario.CreateAsync(Options(jira));

        var error = await pull.PullFailsAsync();

        Assert.StartsWith("source 'acme': the API returned startAt '3' a second time; paging does not progress", error.Message);
        Assert.Equal(3, (await pull.TicketIdsAsync()).Count);
    }

    [Fact]
    public async Task A_500_from_Jira_Server_is_retried_and_the_pull_completes()
    {
        await using var jira = await JiraAsync(JiraMode.Server);
        jira.Host.Faults.Add(Fault.ServerError("/rest/api/2/search"));
        await using var pull = await PullScenario.CreateAsync(Options(jira));

        var summary = await pull.PullAsync();

        Assert.Equal((1, 7L), (summary.Retries, summary.Counts.New));
    }

    [Theory]
    [InlineData(JiraMode.Server)]
    [InlineData(JiraMode.Cloud)]
    public async Task Priority_type_and_label_changes_from_the_changelog_become_events_so_tickets_can_be_rolled_back_to_filing(JiraMode mode)
    {
        await using var jira = await JiraAsync(mode);
        var issue = JiraFixtures.Issues().Single(i => i["key"]!.GetValue<string>() == "HADOOP-11443");
        issue["fields"]!["labels"] = new JsonArray("security");
        issue["changelog"] = JsonNode.Parse(
            """
            {"startAt": 0, "maxResults": 2, "total": 2, "histories": [
              {"id": "14700001", "author": {"name": "wheat9", "displayName": "Haohui Mai"}, "created": "2014-12-09T03:00:00.000+0000",
               "items": [
                 {"field": "priority", "fieldtype": "jira", "from": "4", "fromString": "Minor", "to": "3", "toString": "Major"},
                 {"field": "labels", "fieldtype": "jira", "from": null, "fromString": "", "to": null, "toString": "newbie security"}]},
              {"id": "14700002", "author": {"name": "gchanan", "displayName": "Gregory Chanan"}, "created": "2014-12-10T08:30:00.000+0000",
               "items": [
                 {"field": "labels", "fieldtype": "jira", "from": null, "fromString": "newbie security", "to": null, "toString": "security"},
                 {"field": "assignee", "fieldtype": "jira", "from": null, "fromString": null, "to": "gchanan", "toString": "Gregory Chanan"}]}
            ]}
            """);
        jira.Put(issue);
        await using var pull = await PullScenario.CreateAsync(Options(jira));

        await pull.PullAsync();

        var changes = (await pull.EventsAsync())
            .Where(e => e.TicketId == "HADOOP-11443" && e.Kind != "comment")
            .OrderBy(e => e.At).ThenBy(e => e.EventId, StringComparer.Ordinal)
            .Select(e => (e.EventId, e.Kind, e.Detail))
            .ToList();
        Assert.Equal(
            [("h14700001.1", "priority_changed", "Minor>Major"), ("h14700001.2+newbie", "tag_added", "newbie"),
             ("h14700001.2+security", "tag_added", "security"), ("h14700002.1-newbie", "tag_removed", "newbie")],
            changes);
        Assert.All(jira.Host.Requests.Where(r => r.StartsWith(jira.SearchPath, StringComparison.Ordinal)), r => Assert.Contains("expand=changelog", r));
    }
}
