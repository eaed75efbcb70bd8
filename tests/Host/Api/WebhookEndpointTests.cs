using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Reporting.Testing.FakeApis;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Api;

/// <summary>
/// Signed deliveries from Zendesk, Jira and GitHub, in their documented shapes, against the real writer on 127.0.0.1: the
/// ticket and its owner suggestion are in the warehouse within 5 s; replays, bad signatures, stale timestamps and unknown
/// sources are refused with nothing stored. Signatures are computed here independently of the service's verifiers.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class WebhookEndpointTests(WebhookWarehouse fixture) : IClassFixture<WebhookWarehouse>, IAsyncLifetime
{
    private const string ZendeskSecret = "dGhpcyBpcyBhIHplbmRlc2sgc2lnbmluZyBzZWNyZXQ=";
    private const string JiraSecret = "jira-webhook-secret-0123456789";
    private const string GitHubSecret = "github-webhook-secret-0123456789";

    private static readonly DateTime Created = Truncate(DateTime.UtcNow.AddHours(-1));
    private static readonly DateTime Updated = Created.AddMinutes(20);

    private RunningService _service = null!;

    public async Task InitializeAsync() =>
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"),
        [
            .. Source("hook-zd", "zendesk", ZendeskSecret),
            .. Source("hook-jira", "jira-cloud", JiraSecret), "--Sources:hook-jira:Projects:0=PAY",
            .. Source("hook-gh", "github", GitHubSecret), "--Sources:hook-gh:Repository=acme/shop",
        ]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_signed_Zendesk_delivery_stores_the_ticket_and_its_suggestion_within_5_seconds_and_a_replay_is_refused()
    {
        var body = ZendeskBody(41001, "Checkout fails with a card declined error");
        var timestamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

        var first = await PostZendeskAsync(body, timestamp, ZendeskSignature(ZendeskSecret, timestamp, body), "inv-41001");
        var watch = Stopwatch.StartNew();
        var stored = await WaitForTicketAsync("hook-zd", "41001");
        var replay = await PostZendeskAsync(body, timestamp, ZendeskSignature(ZendeskSecret, timestamp, body), "inv-41001");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stored after {watch.Elapsed}");
        Assert.Equal(
            $"hook-zd|41001|{Created:s}|{Updated:s}|open|high|incident|email|1234|Ana Requester|Checkout fails with a card declined error|" +
            "The card is declined at the last step.||||Bo Agent|checkout,urgent|false",
            stored);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("already received", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertSuggestedOnceAsync("hook-zd", "41001");
        Assert.Equal(["stored"], await StatusesAsync("hook-zd"));
    }

    [Fact]
    public async Task A_signed_Jira_delivery_stores_the_issue_and_its_suggestion_within_5_seconds_and_a_replay_is_refused()
    {
        var body = JiraBody("PAY-812", "Refund stuck in pending");

        var first = await PostHexAsync("hook-jira", body, "X-Hub-Signature", HexSignature(JiraSecret, body), ("X-Atlassian-Webhook-Identifier", "jira-812-1"));
        var watch = Stopwatch.StartNew();
        var stored = await WaitForTicketAsync("hook-jira", "PAY-812");
        var replay = await PostHexAsync("hook-jira", body, "X-Hub-Signature", HexSignature(JiraSecret, body), ("X-Atlassian-Webhook-Identifier", "jira-812-1"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stored after {watch.Elapsed}");
        Assert.Equal(
            $"hook-jira|PAY-812|{Created:s}|{Updated:s}|In Progress|High|Bug|||Dee Reporter|Refund stuck in pending|" +
            "The refund shows pending for three days.|PAY|PAY/Refunds||Cy Engineer|payments|false",
            stored);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        await AssertSuggestedOnceAsync("hook-jira", "PAY-812");
    }

    [Fact]
    public async Task A_signed_GitHub_issues_delivery_stores_the_issue_and_its_suggestion_within_5_seconds_and_a_replay_is_refused()
    {
        var issue = GitHubData.Issue("acme/shop", 77, Created, Updated, "Search returns no results for accented names",
            body: "Searching for José finds nothing.", author: "octocat", assignee: "hubot", labels: ["bug", "search"]);
        var body = new JsonObject { ["action"] = "opened", ["issue"] = issue, ["repository"] = new JsonObject { ["full_name"] = "acme/shop" } }.ToJsonString();

        var first = await PostHexAsync("hook-gh", body, "X-Hub-Signature-256", HexSignature(GitHubSecret, body),
            ("X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958"), ("X-GitHub-Event", "issues"));
        var watch = Stopwatch.StartNew();
        var stored = await WaitForTicketAsync("hook-gh", "77");
        var replay = await PostHexAsync("hook-gh", body, "X-Hub-Signature-256", HexSignature(GitHubSecret, body),
            ("X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958"), ("X-GitHub-Event", "issues"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stored after {watch.Elapsed}");
        Assert.Equal(
            $"hook-gh|77|{Created:s}|{Updated:s}|open|||github||octocat|Search returns no results for accented names|" +
            "Searching for José finds nothing.|acme/shop|||hubot|bug,search|false",
            stored);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        await AssertSuggestedOnceAsync("hook-gh", "77");
    }

    [Fact]
    public async Task A_bad_signature_is_refused_with_401_and_nothing_stored()
    {
        var body = ZendeskBody(41002, "Forged ticket");
        var timestamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        var github = new JsonObject { ["action"] = "opened", ["issue"] = GitHubData.Issue("acme/shop", 78, Created, Updated, "Forged") }.ToJsonString();

        var zendesk = await PostZendeskAsync(body, timestamp, ZendeskSignature("another secret", timestamp, body), "inv-41002");
        var unsigned = await PostHexAsync("hook-gh", github, "X-Hub-Signature-256", null, ("X-GitHub-Delivery", "d-78"), ("X-GitHub-Event", "issues"));
        var wrong = await PostHexAsync("hook-gh", github, "X-Hub-Signature-256", HexSignature(GitHubSecret, github + " "),
            ("X-GitHub-Delivery", "d-78"), ("X-GitHub-Event", "issues"));
        await Task.Delay(1000); // a wrongly accepted delivery would be stored by now

        Assert.Equal(HttpStatusCode.Unauthorized, zendesk.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM tickets WHERE (source = 'hook-zd' AND external_id = '41002') OR (source = 'hook-gh' AND external_id = '78')"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM webhook_deliveries WHERE delivery_id IN ('inv-41002', 'd-78')"));
    }

    [Fact]
    public async Task A_Zendesk_delivery_signed_six_minutes_ago_is_refused_as_stale()
    {
        var body = ZendeskBody(41003, "Old delivery");
        var timestamp = DateTimeOffset.UtcNow.AddMinutes(-6).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

        var response = await PostZendeskAsync(body, timestamp, ZendeskSignature(ZendeskSecret, timestamp, body), "inv-41003");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("stale", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM webhook_deliveries WHERE delivery_id = 'inv-41003'"));
    }

    [Fact]
    public async Task An_unknown_source_is_404_and_an_unmappable_payload_is_400_kept_as_a_reject()
    {
        const string body = """{"ticket":{"subject":"no id"}}""";
        var timestamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        using var client = _service.Client(key: null);

        var unknown = await client.PostAsync("/api/webhooks/nowhere", new StringContent(body, Encoding.UTF8, "application/json"));
        var unmappable = await PostZendeskAsync(body, timestamp, ZendeskSignature(ZendeskSecret, timestamp, body), "inv-bad");
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (await CountAsync("SELECT count(*) FROM rejects WHERE input = 'hook-zd webhook inv-bad'") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unmappable.StatusCode);
        Assert.Contains("id: is missing or not a number", await unmappable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM rejects WHERE input = 'hook-zd webhook inv-bad' AND field = 'id'"));
        Assert.Equal(["rejected"], await fixture.Warehouse.Connection.ListAsync<string>(
            "SELECT status FROM webhook_deliveries WHERE delivery_id = 'inv-bad'"));
    }

    private static string[] Source(string name, string kind, string secret) =>
    [
        $"--Sources:{name}:Kind={kind}",
        $"--Sources:{name}:BaseUrl=http://127.0.0.1:9/", // never pulled in these tests: the schedule below is yearly
        $"--Sources:{name}:Schedule=0 0 1 1 *",
        $"--Sources:{name}:WebhookSecret={secret}",
    ];

    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    /// <summary>A ticket in the API's shape, as a trigger's webhook body carries it, with the users sideload naming people.</summary>
    private static string ZendeskBody(long id, string subject) => new JsonObject
    {
        ["ticket"] = ZendeskData.Ticket(id, Created, Updated, subject, "The card is declined at the last step.", requester: 501, assignee: 502,
            organization: 1234, tags: ["checkout", "urgent"], channel: "email", priority: "high"),
        ["users"] = new JsonArray(new JsonObject { ["id"] = 501, ["name"] = "Ana Requester" }, new JsonObject { ["id"] = 502, ["name"] = "Bo Agent" }),
    }.ToJsonString();

    /// <summary>Jira's jira:issue_created body: the issue in the REST shape (Cloud: the description in Atlassian Document Format).</summary>
    private static string JiraBody(string key, string summary) => new JsonObject
    {
        ["timestamp"] = new DateTimeOffset(Updated).ToUnixTimeMilliseconds(),
        ["webhookEvent"] = "jira:issue_created",
        ["issue_event_type_name"] = "issue_created",
        ["issue"] = new JsonObject
        {
            ["id"] = "10812",
            ["key"] = key,
            ["fields"] = new JsonObject
            {
                ["summary"] = summary,
                ["description"] = AtlassianDocument.FromText("The refund shows pending for three days."),
                ["created"] = Created.ToString("yyyy-MM-dd'T'HH:mm:ss.fff+0000"),
                ["updated"] = Updated.ToString("yyyy-MM-dd'T'HH:mm:ss.fff+0000"),
                ["status"] = new JsonObject { ["name"] = "In Progress" },
                ["priority"] = new JsonObject { ["name"] = "High" },
                ["issuetype"] = new JsonObject { ["name"] = "Bug" },
                ["project"] = new JsonObject { ["key"] = "PAY" },
                ["components"] = new JsonArray(new JsonObject { ["name"] = "Refunds" }),
                ["reporter"] = new JsonObject { ["accountId"] = "5b10a2844c20165700ede21g", ["displayName"] = "Dee Reporter" },
                ["assignee"] = new JsonObject { ["accountId"] = "5b10a2844c20165700ede22h", ["displayName"] = "Cy Engineer" },
                ["labels"] = new JsonArray("payments"),
            },
        },
    }.ToJsonString();

    private static string ZendeskSignature(string secret, string timestamp, string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + body)));

    private static string HexSignature(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private Task<HttpResponseMessage> PostZendeskAsync(string body, string timestamp, string signature, string invocation) =>
        PostAsync("hook-zd", body,
            ("X-Zendesk-Webhook-Signature", signature), ("X-Zendesk-Webhook-Signature-Timestamp", timestamp), ("X-Zendesk-Webhook-Invocation-Id", invocation));

    private Task<HttpResponseMessage> PostHexAsync(string source, string body, string header, string? signature, params (string, string)[] extra) =>
        PostAsync(source, body, [.. signature is null ? [] : new[] { (header, signature) }, .. extra]);

    private async Task<HttpResponseMessage> PostAsync(string source, string body, params (string Name, string Value)[] headers)
    {
        using var client = _service.Client(key: null); // webhooks carry no API key: the signature authenticates them
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/{source}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Polls (every 50 ms, 5 s at most) until the ticket and its owner suggestion are both in the warehouse.</summary>
    private async Task<string> WaitForTicketAsync(string source, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var rows = await fixture.Warehouse.Connection.ListAsync<string>(
                """
                SELECT concat_ws('|', t.source, t.external_id, strftime(t.created_at, '%Y-%m-%dT%H:%M:%S'),
                       strftime(t.updated_at, '%Y-%m-%dT%H:%M:%S'), coalesce(t.status, ''), coalesce(t.priority, ''),
                       coalesce(t.type, ''), coalesce(t.channel, ''), coalesce(t.customer, ''), coalesce(t.reporter, ''), t.subject, t.body,
                       coalesce(t.product, ''), coalesce(t.service, ''), coalesce(t.team, ''), coalesce(t.assignee, ''),
                       array_to_string(t.tags, ','), t.deleted)
                FROM tickets t JOIN owner_suggestions o ON o.source = t.source AND o.ticket_id = t.external_id
                WHERE t.source = $source AND t.external_id = $id
                """, new { source, id });
            if (rows.Count == 1 || DateTime.UtcNow > deadline)
            {
                return Assert.Single(rows);
            }

            await Task.Delay(50);
        }
    }

    private async Task AssertSuggestedOnceAsync(string source, string id)
    {
        await Task.Delay(500); // a replay wrongly queued would have been written by now
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM tickets WHERE source = '{source}' AND external_id = '{id}'"));
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM ingest_runs WHERE source = '{source}' AND kind = 'webhook' AND new_tickets = 1"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM ingest_runs WHERE source = '{source}' AND kind = 'webhook' AND new_tickets = 0 AND rejected = 0"));
        Assert.Equal(3, await CountAsync(
            $"SELECT len(owners) FROM owner_suggestions WHERE source = '{source}' AND ticket_id = '{id}' AND model_version LIKE 'owners-v%'"));
    }

    private Task<IReadOnlyList<string>> StatusesAsync(string source) =>
        fixture.Warehouse.Connection.ListAsync<string>("SELECT status FROM webhook_deliveries WHERE source = $source AND delivery_id LIKE 'inv-4100%'", new { source });

    private async Task<long> CountAsync(string sql) => await fixture.Warehouse.Connection.ScalarAsync<long>(sql);
}
