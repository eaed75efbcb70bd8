using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reporting.Host.Api;
using Reporting.Host.Jobs;
using Reporting.Host.Tests.Api;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Web;

/// <summary>
/// The recurring-bug pages in a real Chromium over the real service: groups by impact, a group's tickets split off in the
/// browser, groups merged, a ticket moved into a similar ticket's group; each followed by the service's own clustering job.
/// </summary>
[Collection(ServiceCollection.Name)]
public class RecurringGroupsBrowserTests(TriageWarehouse fixture) : IClassFixture<TriageWarehouse>, IAsyncLifetime
{
    private const string TriagerKey = "rpt_triager_key_for_the_group_tests_00000";
    private const string ViewerKey = "rpt_viewer_key_for_the_group_tests_000000";
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
    public async Task A_triager_splits_a_ticket_from_a_group_and_after_the_next_grouping_the_group_page_shows_it_apart()
    {
        var page = await _context.NewPageAsync();
        await SignInAsync(page);
        var group = await GroupAsync(rank: 1);
        var members = await MembersAsync(group);
        var leaving = members[^1];
        await page.GotoAsync($"/groups/{group}");
        Assert.Equal(members.Count, await page.Locator("#members tbody tr").CountAsync());

        await page.ClickAsync($"#members tr[data-ticket='{leaving}'] form.split button");

        Assert.Equal($"/groups/{group}", new Uri(page.Url).AbsolutePath);
        Assert.Equal("split at the next grouping", await page.InnerTextAsync($"#members tr[data-ticket='{leaving}'] .badge"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("group.png"), FullPage = false });
        var (source, id) = Split(leaving);
        Assert.Equal([("rotation", "split", group)], await fixture.Warehouse.Connection.ListAsync<(string, string, string)>(
            "SELECT decided_by, kind, value FROM triage_decisions WHERE source = $source AND ticket_id = $id", new { source, id }));

        await ClusterAsTheServiceDoesAsync();
        await page.ReloadAsync();

        Assert.Equal(members.Count - 1, await page.Locator("#members tbody tr").CountAsync());
        Assert.Equal(0, await page.Locator($"#members tr[data-ticket='{leaving}']").CountAsync());
        Assert.Equal(0, await page.Locator("#members .badge").CountAsync());
        await page.GotoAsync($"/tickets/{leaving}");
        Assert.Equal("none", await page.InnerTextAsync("#group"));
    }

    [Fact]
    public async Task A_group_merged_into_another_in_the_browser_is_part_of_it_after_the_next_grouping()
    {
        var page = await _context.NewPageAsync();
        await SignInAsync(page);
        var (into, merged) = (await GroupAsync(rank: 4), await GroupAsync(rank: 5));
        var expected = (await MembersAsync(into)).Concat(await MembersAsync(merged)).Order(StringComparer.Ordinal).ToList();
        await page.GotoAsync($"/groups/{merged}");

        await page.SelectOptionAsync("#merge select", into);
        await page.ClickAsync("#merge button");

        Assert.Equal($"/groups/{merged}", new Uri(page.Url).AbsolutePath);
        Assert.Equal($"Merge into {into} recorded: the groups are joined at the next grouping.", await page.InnerTextAsync("#merged"));
        var representative = await fixture.Warehouse.Connection.ListAsync<(string, string)>(
            "SELECT representative_source, representative_ticket FROM recurring_groups WHERE group_id = $into", new { into });
        var stored = await fixture.Warehouse.Connection.ListAsync<string>(
            """
            SELECT d.value FROM triage_decisions d JOIN recurring_groups g ON g.representative_source = d.source AND g.representative_ticket = d.ticket_id
            WHERE g.group_id = $merged AND d.kind = 'merge'
            """, new { merged });
        Assert.Equal([$"{representative[0].Item1}/{representative[0].Item2}"], stored);

        await ClusterAsTheServiceDoesAsync();

        Assert.Equal(404, (await page.GotoAsync($"/groups/{merged}"))!.Status);
        await page.GotoAsync($"/groups/{into}");
        var shown = await page.Locator("#members tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.ticket)");
        Assert.Equal(expected, shown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Moving_a_ticket_to_a_similar_tickets_group_puts_both_in_one_group_at_the_next_grouping()
    {
        var page = await _context.NewPageAsync();
        await SignInAsync(page);
        var ticket = await fixture.Warehouse.Connection.ScalarAsync<string>(
            """
            SELECT t.source || '/' || t.external_id FROM tickets t
            WHERE NOT t.deleted AND t.resolved_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM triage_decisions d WHERE d.source = t.source AND d.ticket_id = t.external_id)
              AND NOT EXISTS (SELECT 1 FROM recurring_group_members m WHERE m.source = t.source AND m.ticket_id = t.external_id)
            ORDER BY t.created_at DESC, t.external_id LIMIT 1
            """);
        await page.GotoAsync($"/tickets/{ticket}");
        Assert.Equal("none", await page.InnerTextAsync("#group"));
        var similar = await page.GetAttributeAsync("#similar tbody tr:first-child form.same-bug input[name=value]", "value");

        await page.ClickAsync("#similar tbody tr:first-child form.same-bug button");
        await ClusterAsTheServiceDoesAsync();
        await page.ReloadAsync();

        var (source, id) = Split(ticket!);
        var groups = await fixture.Warehouse.Connection.ListAsync<string>(
            "SELECT group_id FROM recurring_group_members WHERE source = $source AND ticket_id IN ($id, $similar) ORDER BY ticket_id",
            new { source, id, similar });
        Assert.Equal(2, groups.Count);
        Assert.Single(groups.Distinct());
        Assert.Equal($"/groups/{groups[0]}", await page.GetAttributeAsync("#group a", "href"));
    }

    [Fact]
    public async Task The_recurring_bugs_page_ranks_groups_by_impact_with_a_sparkline_each_and_pages_within_bounds()
    {
        var page = await _context.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync("/groups");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("groups.png"), FullPage = false });

        var groups = await fixture.Warehouse.Connection.ScalarAsync<long>("SELECT count(*) FROM recurring_groups");
        Assert.Equal($"Recurring bugs · {groups} groups", await page.InnerTextAsync("h1"));
        var rows = page.Locator("#groups tbody tr");
        Assert.Equal((int)Math.Min(25, groups), await rows.CountAsync());
        var thisWeek = (await page.Locator("#groups td.this-week").AllInnerTextsAsync()).Select(long.Parse).ToList();
        Assert.Equal(thisWeek.OrderDescending(), thisWeek);
        Assert.Equal(await rows.CountAsync(), await page.Locator("#groups svg.spark polyline").CountAsync());
        var label = await page.Locator("#groups tbody tr:first-child svg.spark").GetAttributeAsync("aria-label");
        Assert.Equal(thisWeek[0], long.Parse(label!.Split(", ")[^1]));
        Assert.Equal(12, label.Split(':')[1].Split(',').Length);

        // The first group's figures against the warehouse: this week is the week of the newest ticket.
        var first = await page.GetAttributeAsync("#groups tbody tr:first-child", "data-group");
        var stored = await fixture.Warehouse.Connection.ScalarAsync<long>(
            """
            SELECT count(*) FROM recurring_group_members m JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
            WHERE m.group_id = $first AND date_trunc('week', t.created_at) = (SELECT date_trunc('week', max(created_at)) FROM tickets WHERE NOT deleted)
            """, new { first });
        Assert.Equal(stored, thisWeek[0]);

        using var triager = _service.Client(key: null);
        triager.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TriagerKey);
        using var viewer = _service.Client(key: null);
        viewer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ViewerKey);
        var second = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await triager.GetStringAsync("/groups?size=3&page=2"));
        var all = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await triager.GetStringAsync("/groups?size=6"));
        Assert.Equal(all.QuerySelectorAll("#groups tbody tr").Skip(3).Select(r => r.GetAttribute("data-group")),
            second.QuerySelectorAll("#groups tbody tr").Select(r => r.GetAttribute("data-group")));
        Assert.Equal(HttpStatusCode.BadRequest, (await triager.GetAsync("/groups?size=101")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await triager.GetAsync("/groups?page=1001")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await triager.GetAsync("/groups/RB-no-such-group")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/groups")).StatusCode);
    }

    [Fact]
    public async Task Grouping_decisions_with_a_wrong_value_are_refused_naming_it_and_nothing_is_stored()
    {
        var page = await _context.NewPageAsync();
        await SignInAsync(page);
        var group = await GroupAsync(rank: 2);
        var other = await GroupAsync(rank: 3);
        var member = (await MembersAsync(group))[0];
        await page.GotoAsync($"/groups/{group}");
        var token = await page.Locator("#merge input[type=hidden]").First.GetAttributeAsync("value");
        var before = await fixture.Warehouse.Connection.ScalarAsync<long>("SELECT count(*) FROM triage_decisions");

        async Task<(int Status, string Error, string? Location)> PostAsync(string path, params (string Name, string Value)[] fields)
        {
            var form = _context.APIRequest.CreateFormData().Set(await TokenNameAsync(page), token!);
            foreach (var (name, value) in fields)
            {
                form = form.Set(name, value);
            }

            var response = await _context.APIRequest.PostAsync(path, new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
            var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.TextAsync());
            return (response.Status, html.QuerySelector(".error")?.TextContent ?? "", response.Headers.GetValueOrDefault("location"));
        }

        Assert.Equal((400, $"Ticket '{Split(member).Id}' is not in group '{other}' (it is in '{group}').", null),
            await PostAsync($"/tickets/{member}/decisions", ("kind", "split"), ("value", other)));
        Assert.Equal((400, "'RB-none' is not a recurring group.", null),
            await PostAsync($"/tickets/{member}/decisions", ("kind", "split"), ("value", "RB-none")));
        Assert.Equal((400, $"'NO-SUCH' is not another ticket from '{Split(member).Source}'.", null),
            await PostAsync($"/tickets/{member}/decisions", ("kind", "same_bug"), ("value", "NO-SUCH")));
        Assert.Equal((400, $"Group '{group}' cannot be merged into itself.", null),
            await PostAsync($"/tickets/{member}/decisions", ("kind", "merge"), ("value", group)));
        Assert.Equal((400, $"into: group '{group}' cannot be merged into itself.", null),
            await PostAsync($"/groups/{group}/merge", ("into", group)));
        Assert.Equal((400, "into: 'RB-none' is not a recurring group.", null),
            await PostAsync($"/groups/{group}/merge", ("into", "RB-none")));
        Assert.Equal(404, (await PostAsync("/groups/RB-none/merge", ("into", group))).Status);
        // A form's way back is followed only to a group page of this site.
        var partner = Split((await MembersAsync(group))[1]).Id;
        Assert.Equal((302, "", $"/tickets/{member}"),
            await PostAsync($"/tickets/{member}/decisions", ("kind", "not_duplicate"), ("value", partner), ("back", "//evil.example/groups")));
        Assert.Equal((302, "", $"/groups/{group}"),
            await PostAsync($"/tickets/{member}/decisions", ("kind", "not_duplicate"), ("value", partner), ("back", $"/groups/{group}")));
        Assert.Equal(before + 2, await fixture.Warehouse.Connection.ScalarAsync<long>("SELECT count(*) FROM triage_decisions"));
    }

    private static async Task<string> TokenNameAsync(IPage page) =>
        (await page.Locator("#merge input[type=hidden]").First.GetAttributeAsync("name"))!;

    /// <summary>The service's own nightly job, run now: the same use case over the same warehouse, snapshot published after.</summary>
    private async Task ClusterAsTheServiceDoesAsync()
    {
        using var scope = _service.App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<WarehouseJobs>().ClusterRecurringBugsAsync(CancellationToken.None);
    }

    /// <summary>The group at this place by size (0 = largest).</summary>
    private async Task<string> GroupAsync(int rank) =>
        (await fixture.Warehouse.Connection.ListAsync<string>(
            "SELECT group_id FROM recurring_groups ORDER BY tickets DESC, group_id LIMIT 1 OFFSET $rank", new { rank }))[0];

    /// <summary>A group's tickets as source/id, oldest first.</summary>
    private async Task<List<string>> MembersAsync(string group) =>
        (await fixture.Warehouse.Connection.ListAsync<string>(
            """
            SELECT m.source || '/' || m.ticket_id FROM recurring_group_members m JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
            WHERE m.group_id = $group ORDER BY t.created_at, m.ticket_id
            """, new { group })).ToList();

    private static (string Source, string Id) Split(string reference)
    {
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        return (reference[..slash], reference[(slash + 1)..]);
    }

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/signin");
        await page.FillAsync("#key", TriagerKey);
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit].primary"), r => new Uri(r.Url).AbsolutePath == "/");
        Assert.Equal(200, response.Status);
    }

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
