using System.Net;
using Microsoft.Playwright;
using Reporting.Host.Api;
using Reporting.Host.Tests.Api;
using Reporting.Host.Web;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Web;

/// <summary>The triage workspace in a real Chromium over the real service: signing in and out, who may see and decide what, and decisions kept.</summary>
[Collection(ServiceCollection.Name)]
public class WorkspaceBrowserTests(TriageWarehouse fixture) : IClassFixture<TriageWarehouse>, IAsyncLifetime
{
    private const string TriagerKey = "rpt_triager_key_for_the_web_tests_00000000";
    private const string ViewerKey = "rpt_viewer_key_for_the_web_tests_000000000";
    private RunningService _service = null!;
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        _service = await fixture.StartServiceAsync(TriagerKey, ViewerKey);
        _context = await fixture.NewContextAsync(_service);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task A_triager_signs_in_sees_the_inbox_and_signs_out()
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("signin.png") });

        await page.FillAsync("#key", TriagerKey);
        await page.ClickAsync("button[type=submit].primary");

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.Equal("rotation", await page.InnerTextAsync(".who"));
        Assert.StartsWith("Inbox", await page.InnerTextAsync("h1"), StringComparison.Ordinal);

        await page.ClickAsync("text=Sign out");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await page.GotoAsync("/");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_on_the_signin_page()
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#key", "rpt_not_a_key");

        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit].primary"), r => r.Request.Method == "POST");

        Assert.Equal(401, response.Status);
        Assert.Equal("That key is not known here.", await page.InnerTextAsync("[role=alert]"));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_signin_while_the_api_still_answers_401()
    {
        var page = await _context.NewPageAsync();
        var ticket = await OpenTicketWithSuggestionAsync();

        await page.GotoAsync($"/tickets/{ticket.Source}/{ticket.Id}");

        var url = new Uri(page.Url);
        Assert.Equal("/signin", url.AbsolutePath);
        Assert.Equal($"?ReturnUrl=%2Ftickets%2F{ticket.Source}%2F{ticket.Id}", url.Query);
        using var client = _service.Client(key: null);
        var api = await client.GetAsync("/api/teams/Payments/capacity");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);

        // Signing in from there goes back to the ticket asked for.
        await page.FillAsync("#key", TriagerKey);
        await page.ClickAsync("button[type=submit].primary");
        Assert.Equal($"/tickets/{ticket.Source}/{ticket.Id}", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task A_viewer_may_sign_in_but_neither_sees_the_inbox_nor_posts_a_decision()
    {
        var page = await _context.NewPageAsync();
        var ticket = await OpenTicketWithSuggestionAsync();
        await SignInAsync(page, ViewerKey, expectInbox: false);

        var inbox = await page.GotoAsync("/");
        var decision = await _context.APIRequest.PostAsync($"/tickets/{ticket.Source}/{ticket.Id}/decisions",
            new APIRequestContextOptions { Form = _context.APIRequest.CreateFormData().Set("kind", "accept"), MaxRedirects = 0 });

        Assert.Equal(403, inbox!.Status);
        Assert.Equal(403, decision.Status);
        Assert.Equal(0, await fixture.Warehouse.Connection.ScalarAsync<long>(
            "SELECT count(*) FROM triage_decisions WHERE decided_by = 'pm'"));
    }

    [Fact]
    public async Task The_inbox_shows_the_stored_suggestions_newest_ticket_first()
    {
        var page = await _context.NewPageAsync();
        await SignInAsync(page, TriagerKey);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("inbox.png") });

        var newest = await fixture.Warehouse.Connection.ScalarAsync<string>(
            "SELECT source || '/' || external_id FROM tickets WHERE NOT deleted AND resolved_at IS NULL ORDER BY created_at DESC, source, external_id LIMIT 1");
        Assert.Equal(newest, await page.GetAttributeAsync("#inbox tbody tr:first-child", "data-ticket"));
        var row = page.Locator("#inbox tbody tr").Filter(new LocatorFilterOptions { Has = page.Locator(".owner") }).First;
        var ticket = (await row.GetAttributeAsync("data-ticket"))!.Split('/');
        var stored = (await fixture.Warehouse.Connection.ListAsync<(string, double)>(
            "SELECT owners[1], probabilities[1] FROM owner_suggestions WHERE source = $source AND ticket_id = $id",
            new { source = ticket[0], id = ticket[1] })).Single();
        Assert.Equal(stored.Item1, await row.Locator(".owner").First.InnerTextAsync());
        Assert.Equal(Html.Percent(stored.Item2), await row.Locator(".owners li .muted").First.InnerTextAsync());
        Assert.Equal(Math.Min(3, await fixture.Warehouse.Connection.ScalarAsync<long>(
            "SELECT len(owners) FROM owner_suggestions WHERE source = $source AND ticket_id = $id", new { source = ticket[0], id = ticket[1] })),
            await row.Locator(".owner").CountAsync());
    }

    [Fact]
    public async Task Accepting_the_suggestion_stores_a_decision_and_the_inbox_shows_the_ticket_routed()
    {
        var page = await _context.NewPageAsync();
        var ticket = await OpenTicketWithSuggestionAsync();
        await SignInAsync(page, TriagerKey);
        await page.GotoAsync($"/tickets/{ticket.Source}/{ticket.Id}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("ticket.png"), FullPage = true });

        await page.ClickAsync("#accept button");

        Assert.Equal($"/tickets/{ticket.Source}/{ticket.Id}", new Uri(page.Url).AbsolutePath);
        var stored = (await fixture.Warehouse.Connection.ListAsync<(string, string, string, string, string)>(
            """
            SELECT decided_by, kind, value, array_to_string(shown_owners, ','), (SELECT array_to_string(owners[1:3], ',') FROM owner_suggestions o WHERE o.source = d.source AND o.ticket_id = d.ticket_id)
            FROM triage_decisions d WHERE source = $source AND ticket_id = $id
            """, new { source = ticket.Source, id = ticket.Id })).Single();
        Assert.Equal(("rotation", "accept", ticket.TopOwner), (stored.Item1, stored.Item2, stored.Item3));
        Assert.Equal(stored.Item5, stored.Item4);
        Assert.Equal($"routed to {ticket.TopOwner} by rotation", await page.InnerTextAsync("#routed"));

        await page.GotoAsync("/?size=200");
        Assert.Equal($"routed to {ticket.TopOwner} by rotation",
            await page.InnerTextAsync($"#inbox tr[data-ticket='{ticket.Source}/{ticket.Id}'] .badge.decided"));
    }

    [Fact]
    public async Task The_ticket_page_gives_the_suggestion_its_reasons_in_whole_words_each_once_and_the_signals_of_similar_tickets()
    {
        var page = await _context.NewPageAsync();
        var ticket = await OpenTicketWithSuggestionAsync();
        await SignInAsync(page, TriagerKey);
        await page.GotoAsync($"/tickets/{ticket.Source}/{ticket.Id}");

        Assert.StartsWith($"Why {ticket.TopOwner}: ", await page.InnerTextAsync("#explanation"), StringComparison.Ordinal);
        var terms = await page.Locator("#explanation .term").AllInnerTextsAsync();
        Assert.InRange(terms.Count, 1, 5);
        var words = terms.SelectMany(t => t.Split(' ')).ToList();
        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        // A reason is a word of the ticket as shown, or one of its fields ("product:web"), never a fragment such as "_pay".
        var shown = (await page.InnerTextAsync("#subject") + " " + await page.InnerTextAsync("#body")).ToLowerInvariant();
        Assert.All(terms, t => Assert.True(t.Contains(':', StringComparison.Ordinal) ||
            t.Split(' ').All(w => System.Text.RegularExpressions.Regex.IsMatch(shown, $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(w)}(?![\p{{L}}\p{{N}}])")),
            $"'{t}' is neither a field nor a word of the ticket"));

        var signals = await page.Locator("#similar tbody td.signals").AllInnerTextsAsync();
        Assert.NotEmpty(signals);
        Assert.All(signals, s => Assert.False(string.IsNullOrWhiteSpace(s)));
    }

    [Fact]
    public async Task The_ticket_page_and_the_inbox_show_the_readiness_checklist_score_and_questions()
    {
        var page = await _context.NewPageAsync();
        var ticket = await OpenTicketWithSuggestionAsync();
        var expected = await new Reporting.Host.Application.Readiness.AssessTicketReadiness(
                new Reporting.Reports.Privacy.TextMasker(), new Reporting.Analytics.Readiness.ReadinessAssessor())
            .RunAsync(fixture.Warehouse.Connection, ticket.Source, ticket.Id, CancellationToken.None);
        await SignInAsync(page, TriagerKey);
        await page.GotoAsync($"/tickets/{ticket.Source}/{ticket.Id}");

        Assert.Equal($"{expected.Score}/6", await page.InnerTextAsync("#readiness-score"));
        Assert.Equal(["steps", "expected-actual", "version", "environment", "logs", "impact"],
            await page.Locator("#readiness .checklist li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)"));
        Assert.Equal(expected.Items.Where(i => !i.Present).Select(i => i.Key),
            await page.Locator("#readiness .checklist li.missing").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)"));
        Assert.Equal(expected.Questions, await page.Locator("#readiness-questions li").AllInnerTextsAsync());

        await page.GotoAsync("/?size=200");
        Assert.Equal($"{expected.Score}/6 ready",
            await page.InnerTextAsync($"#inbox tr[data-ticket='{ticket.Source}/{ticket.Id}'] .badge.readiness"));
    }

    [Fact]
    public async Task Once_a_priority_model_is_trained_the_ticket_page_and_the_inbox_show_its_suggestion()
    {
        var registry = Reporting.Analytics.Priority.PriorityModel.RegistryFor(fixture.Warehouse.Path);
        await new Reporting.Analytics.Owners.OwnerTraining(fixture.Warehouse.Connection, registry, Reporting.Analytics.Owners.TicketLabel.Priority)
            .RunAsync(Reporting.Analytics.Priority.PriorityModel.Options);
        try
        {
            var page = await _context.NewPageAsync();
            var ticket = await OpenTicketWithSuggestionAsync();
            var t = (await Reporting.Warehouse.Queries.TriageQueries.TicketAsync(fixture.Warehouse.Connection, ticket.Source, ticket.Id, CancellationToken.None))!;
            var advice = Reporting.Analytics.Priority.PrioritySuggester.LoadCurrent(registry)!.Suggest(
                new Reporting.Analytics.Owners.OwnerTicket(t.Id, t.CreatedAt, t.Subject, t.Body, t.Product, t.Channel, t.Priority, t.Type, t.Tags));
            await SignInAsync(page, TriagerKey);
            await page.GotoAsync($"/tickets/{ticket.Source}/{ticket.Id}");

            var own = string.IsNullOrEmpty(t.Priority) ? "" : $" (set: {t.Priority})";
            Assert.Equal(
                advice.Abstained
                    ? $"Priority: needs a person best guess {advice.Best} {Html.Percent(advice.Probability)}{own}"
                    : $"Suggested priority: {advice.Priority} {Html.Percent(advice.Probability)}{own}",
                await page.InnerTextAsync("#priority"));
            await page.GotoAsync("/?size=200");
            var badge = page.Locator($"#inbox tr[data-ticket='{ticket.Source}/{ticket.Id}'] .badge.priority");
            string[] shown = advice.Priority is null ? [] : [advice.Priority];
            Assert.Equal(shown, await badge.AllInnerTextsAsync());
        }
        finally
        {
            Directory.Delete(registry.Directory, recursive: true);
        }
    }

    [Fact]
    public async Task Choosing_another_owner_and_not_a_duplicate_are_all_kept_and_the_latest_routing_shows()
    {
        var page = await _context.NewPageAsync();
        var ticket = await OpenTicketWithSuggestionAsync();
        await SignInAsync(page, TriagerKey);
        await page.GotoAsync($"/tickets/{ticket.Source}/{ticket.Id}");
        var other = await fixture.Warehouse.Connection.ScalarAsync<string>(
            "SELECT min(service) FROM services WHERE service <> $top", new { top = ticket.TopOwner });
        var similar = await page.GetAttributeAsync("#similar tbody tr:first-child input[name=value]", "value");

        await page.SelectOptionAsync("#choose select", other!);
        await page.ClickAsync("#choose button");
        await page.ClickAsync("#similar tbody tr:first-child button");

        var decisions = await fixture.Warehouse.Connection.ListAsync<(string, string)>(
            "SELECT kind, value FROM triage_decisions WHERE source = $source AND ticket_id = $id ORDER BY decided_at",
            new { source = ticket.Source, id = ticket.Id });
        Assert.Equal([("choose", other!), ("not_duplicate", similar!)], decisions);
        Assert.Equal($"routed to {other} by rotation", await page.InnerTextAsync("#routed"));
        Assert.Equal(2, await page.Locator("#decisions tbody tr").CountAsync());
    }

    [Fact]
    public async Task A_ticket_in_a_recurring_group_shows_its_label()
    {
        var page = await _context.NewPageAsync();
        var member = (await fixture.Warehouse.Connection.ListAsync<(string, string, string)>(
            """
            SELECT m.source, m.ticket_id, g.label FROM recurring_group_members m JOIN recurring_groups g USING (group_id)
            ORDER BY g.tickets DESC, m.ticket_id LIMIT 1
            """)).Single();
        await SignInAsync(page, TriagerKey);

        await page.GotoAsync($"/tickets/{member.Item1}/{member.Item2}");

        Assert.Equal(member.Item3, await page.InnerTextAsync("#group"));
    }

    [Fact]
    public async Task Pages_take_the_key_as_bearer_or_basic_and_filter_and_page_the_inbox_within_bounds()
    {
        using var client = _service.Client(key: null);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TriagerKey);
        using var viewer = _service.Client(key: null);
        viewer.DefaultRequestHeaders.Authorization = RunningService.Basic("pm", ViewerKey);
        using var basic = _service.Client(key: null);
        basic.DefaultRequestHeaders.Authorization = RunningService.Basic("rotation", TriagerKey);
        // The commonest open combination; a filter left out (null) means any, as in the page's form.
        var (product, team, status) = (await fixture.Warehouse.Connection.ListAsync<(string?, string?, string?)>(
            """
            SELECT product, team, status FROM tickets WHERE NOT deleted AND resolved_at IS NULL
            GROUP BY product, team, status ORDER BY CAST(product IS NOT NULL AS INTEGER) + CAST(team IS NOT NULL AS INTEGER) DESC, count(*) DESC, product, team, status LIMIT 1
            """)).Single();
        var expected = await fixture.Warehouse.Connection.ListAsync<string>(
            """
            SELECT source || '/' || external_id FROM tickets
            WHERE NOT deleted AND resolved_at IS NULL AND ($product IS NULL OR product = $product) AND ($team IS NULL OR team = $team)
              AND ($status IS NULL OR status = $status)
            ORDER BY created_at DESC, source, external_id LIMIT 3 OFFSET 3
            """, new { product, team, status });
        Assert.Equal(3, expected.Count);

        var html = await client.GetStringAsync(
            $"/?product={Uri.EscapeDataString(product ?? "")}&team={Uri.EscapeDataString(team ?? "")}&status={Uri.EscapeDataString(status ?? "")}&size=3&page=2");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(expected, document.QuerySelectorAll("#inbox tbody tr").Select(r => r.GetAttribute("data-ticket")));
        Assert.Equal(HttpStatusCode.OK, (await basic.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/?size=201")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/?size=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/?page=10001")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?size=200&page=10000")).StatusCode);
    }

    [Fact]
    public async Task A_session_ends_when_its_key_loses_its_role()
    {
        var page = await _context.NewPageAsync();
        await SignInAsync(page, TriagerKey);
        var snapshots = Path.Combine(fixture.Warehouse.Directory, "snapshots");
        await _service.DisposeAsync();

        // Another start with the same keys keeps the session (cookies name the host, not the port)...
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, snapshots,
            "--Api:Keys:1:Name=rotation", $"--Api:Keys:1:Sha256={ApiKeyHasher.Hash(TriagerKey)}", "--Api:Keys:1:Role=triager");
        var same = await page.GotoAsync(new Uri(_service.Address, "/").ToString());
        Assert.Equal((200, "/"), (same!.Status, new Uri(page.Url).AbsolutePath));
        await _service.DisposeAsync();

        // ...one where the key is only a viewer's now ends it: back to /signin, not a 403 for a stale triager.
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, snapshots,
            "--Api:Keys:1:Name=rotation", $"--Api:Keys:1:Sha256={ApiKeyHasher.Hash(TriagerKey)}", "--Api:Keys:1:Role=viewer");
        await page.GotoAsync(new Uri(_service.Address, "/").ToString());
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
    }

    private async Task SignInAsync(IPage page, string key, bool expectInbox = true)
    {
        await page.GotoAsync("/signin");
        await page.FillAsync("#key", key);
        // A triager starts on the inbox, a viewer on capacity.
        var start = expectInbox ? "/" : "/capacity";
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit].primary"), r => new Uri(r.Url).AbsolutePath == start);
        Assert.Equal(200, response.Status);
    }

    /// <summary>The newest open ticket with a stored suggestion and no decision yet (each test decides on its own).</summary>
    private async Task<(string Source, string Id, string TopOwner)> OpenTicketWithSuggestionAsync() =>
        (await fixture.Warehouse.Connection.ListAsync<(string, string, string)>(
            """
            SELECT t.source, t.external_id, o.owners[1] FROM tickets t JOIN owner_suggestions o ON o.source = t.source AND o.ticket_id = t.external_id
            WHERE NOT t.deleted AND t.resolved_at IS NULL AND len(o.owners) > 0
              AND NOT EXISTS (SELECT 1 FROM triage_decisions d WHERE d.source = t.source AND d.ticket_id = t.external_id)
            ORDER BY t.created_at DESC, t.external_id LIMIT 1
            """)).Single();

    /// <summary>Where a page's screenshot goes: docs/images when REPORTING_SCREENSHOTS=1 (to refresh the README's), else the test's own folder.</summary>
    private string Screenshot(string name)
    {
        var directory = Environment.GetEnvironmentVariable("REPORTING_SCREENSHOTS") == "1"
            ? Path.Combine(Fixture.RepositoryRoot(), "docs", "images")
            : Path.Combine(fixture.Warehouse.Directory, "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}
