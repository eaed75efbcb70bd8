using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Analytics.Owners;
using Reporting.Host.Api;
using Reporting.Host.Jobs;
using Reporting.Host.Tests.Api;
using Reporting.Host.Tests.Jobs;
using Reporting.Testing;
using Reporting.Testing.FakeApis;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Observability;

/// <summary>/metrics on the real service: for admin keys only, and the figures an operator watches, after real pulls and suggestions.</summary>
[Collection(ServiceCollection.Name)]
public class MetricsTests(ServiceFixture fixture)
{
    private const string ViewerKey = "rpt_viewer_key_for_the_metrics_tests_00000";
    private const string AdminKey = "rpt_admin_key_for_the_metrics_tests_000000";

    [Fact]
    public async Task Metrics_answer_an_admin_key_only_401_without_a_key_and_403_for_a_viewer()
    {
        await using var service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"),
            "--Api:Keys:1:Name=pm", $"--Api:Keys:1:Sha256={ApiKeyHasher.Hash(ViewerKey)}", "--Api:Keys:1:Role=viewer",
            "--Api:Keys:2:Name=ops", $"--Api:Keys:2:Sha256={ApiKeyHasher.Hash(AdminKey)}", "--Api:Keys:2:Role=admin");
        using var anonymous = service.Client(key: null);
        using var viewer = service.Client(ViewerKey);
        using var admin = service.Client(AdminKey);

        var refused = await anonymous.GetAsync("/metrics");
        var forbidden = await viewer.GetAsync("/metrics");
        var scraped = await admin.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Basic", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Equal("text/plain", scraped.Content.Headers.ContentType?.MediaType);
        var metrics = ScrapedMetrics.Parse(await scraped.Content.ReadAsStringAsync());
        Assert.Equal(1, metrics.Value("target_info", ("service_name", "reporting")));
        // ASP.NET Core's own request metrics come along: the two refused scrapes above are counted.
        Assert.Equal(1, metrics.Value("http_server_request_duration_seconds_count", ("http_route", "/metrics"), ("http_response_status_code", "401")));
        Assert.Equal(1, metrics.Value("http_server_request_duration_seconds_count", ("http_route", "/metrics"), ("http_response_status_code", "403")));
    }

    [Fact]
    public async Task A_pull_is_counted_with_its_tickets_rejects_duration_and_lag_and_a_failed_pull_as_a_failure()
    {
        await using var zendesk = await FakeZendesk.StartAsync();
        var created = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= 3; i++)
        {
            zendesk.Put(ZendeskData.Ticket(100 + i, created, created.AddHours(i), $"Ticket {i}", "Body", "open", requester: 20, assignee: 10,
                group: 1, organization: 7, tags: ["billing"], customFields: [], priority: "normal"));
        }

        await using var warehouse = await TempWarehouse.CreateAsync();
        await using var service = await RunningService.StartAsync(warehouse.Path, Path.Combine(warehouse.Directory, "snapshots"),
            "--Sources:helpdesk:Kind=zendesk", $"--Sources:helpdesk:BaseUrl={zendesk.BaseUrl}", "--Sources:helpdesk:Token=zd-secret-token",
            "--Sources:helpdesk:Since=2026-01-01T00:00:00Z",
            // Nothing listens on port 1: every request is refused at once, and one attempt is all it gets.
            "--Sources:broken:Kind=zendesk", "--Sources:broken:BaseUrl=http://127.0.0.1:1", "--Sources:broken:Token=t", "--Sources:broken:Retry:MaxAttempts=1");
        var jobs = new RecurringJobManager(service.App.Services.GetRequiredService<JobStorage>());
        using var client = service.Client();

        jobs.Trigger(RecurringJobScheduler.PullPrefix + "helpdesk");
        jobs.Trigger(RecurringJobScheduler.PullPrefix + "broken");
        var metrics = await ScrapeUntilAsync(client, m =>
            m.Value("reporting_source_lag_seconds", ("source", "helpdesk")) is not null
            // recorded a moment after the lag, when the pull's run is committed: wait for both
            && m.Value("reporting_source_last_pull_age_seconds", ("source", "helpdesk")) is not null
            && m.Value("reporting_pull_failures_total", ("source", "broken")) is not null);

        Assert.Equal(3, metrics.Value("reporting_tickets_pulled_total", ("source", "helpdesk")));
        Assert.Equal(0, metrics.Value("reporting_ingest_rejects_total", ("source", "helpdesk")));
        Assert.Equal(1, metrics.Value("reporting_pull_failures_total", ("source", "broken")));
        Assert.Null(metrics.Value("reporting_pull_failures_total", ("source", "helpdesk")));
        Assert.Equal(1, metrics.Value("reporting_job_duration_seconds_count", ("job", "pull"), ("outcome", "succeeded")));
        Assert.Equal(1, metrics.Value("reporting_job_duration_seconds_count", ("job", "pull"), ("outcome", "failed")));
        Assert.Equal(1, metrics.Value("reporting_job_failures_total", ("job", "pull")));
        // The newest change the pull brought is ticket 3's update, 2026-03-01 12:00 UTC: the warehouse trails the source by that much.
        var expectedLag = (DateTime.UtcNow - created.AddHours(3)).TotalSeconds;
        Assert.InRange(metrics.Value("reporting_source_lag_seconds", ("source", "helpdesk"))!.Value, expectedLag - 60, expectedLag + 1);
        Assert.InRange(metrics.Value("reporting_source_last_pull_age_seconds", ("source", "helpdesk"))!.Value, 0, 60);
        Assert.Null(metrics.Value("reporting_source_last_pull_age_seconds", ("source", "broken")));
    }

    [Fact]
    public async Task Owner_suggestions_are_timed_and_counted_by_whether_the_model_abstained()
    {
        var registry = OwnerModelRegistry.ForWarehouse(fixture.Warehouse.Path);
        if (registry.CurrentVersion() is null)
        {
            await new OwnerTraining(fixture.Warehouse.Connection, registry).RunAsync();
        }

        await using var service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"));
        using var client = service.Client();
        var ticket = (await fixture.Warehouse.Connection.ListAsync<(string Subject, string Body)>(
            "SELECT subject, body FROM tickets WHERE service IS NOT NULL ORDER BY created_at DESC LIMIT 1"))[0];

        var abstained = new List<bool>();
        foreach (var request in new object[] { new { subject = ticket.Subject, body = ticket.Body }, new { subject = "qwzx plorf vbnmt", body = "zxmcnb lkjhg" } })
        {
            var response = await client.PostAsJsonAsync("/api/owners/suggest", request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            abstained.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("abstained").GetBoolean());
        }

        var metrics = await ScrapedMetrics.ScrapeAsync(client);

        Assert.True(abstained[1], "gibberish should abstain");
        Assert.Equal(2, metrics.Value("reporting_owner_suggestion_duration_seconds_count"));
        Assert.InRange(metrics.Value("reporting_owner_suggestion_duration_seconds_sum")!.Value, 0.000_01, 30);
        Assert.Equal(abstained.Count(a => a), metrics.Value("reporting_owner_suggestions_total", ("abstained", "true")));
        Assert.Equal(abstained.Count(a => !a), metrics.Value("reporting_owner_suggestions_total", ("abstained", "false")) ?? 0);
        var trained = registry.ReadMetadata(registry.CurrentVersion()!.Value).TrainedAtUtc;
        Assert.InRange(metrics.Value("reporting_owner_model_age_seconds")!.Value,
            (DateTime.UtcNow - trained).TotalSeconds - 60, (DateTime.UtcNow - trained).TotalSeconds + 1);
    }

    [Fact]
    public async Task Acceptance_and_abstain_ratio_are_read_from_the_last_28_days_of_the_warehouse_and_missing_figures_are_left_out()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        var now = DateTime.UtcNow;
        foreach (var (kind, daysAgo) in new[] { ("accept", 1), ("accept", 2), ("accept", 20), ("choose", 3), ("not_duplicate", 1), ("choose", 40) })
        {
            await warehouse.Connection.RunAsync(
                """
                INSERT INTO triage_decisions (source, ticket_id, decided_by, decided_at, kind, value, shown_owners, shown_probabilities)
                VALUES ('helpdesk', $id, 'rotation', $at, $kind, 'billing', ['billing'], [0.9])
                """, new { id = $"T-{kind}-{daysAgo}", at = now.AddDays(-daysAgo), kind });
        }

        foreach (var (abstains, daysAgo) in new[] { (true, 1), (false, 2), (false, 3), (false, 4), (true, 50) })
        {
            await warehouse.Connection.RunAsync(
                """
                INSERT INTO owner_suggestions (source, ticket_id, suggested_at, model_version, owners, probabilities, abstained, out_of_scope)
                VALUES ('helpdesk', $id, $at, 'owners-v0001', ['billing'], [0.5], $abstains, false)
                """, new { id = $"S-{daysAgo}", at = now.AddDays(-daysAgo), abstains });
        }

        await using var service = await RunningService.StartAsync(warehouse.Path, Path.Combine(warehouse.Directory, "snapshots"));
        using var client = service.Client();

        var metrics = await ScrapedMetrics.ScrapeAsync(client);

        Assert.Equal(0.75, metrics.Value("reporting_triage_acceptance_ratio"));
        Assert.Equal(0.25, metrics.Value("reporting_owner_suggestions_abstain_ratio"));
        Assert.Null(metrics.Value("reporting_capacity_refresh_age_seconds"));
        Assert.Null(metrics.Value("reporting_owner_model_age_seconds"));
    }

    private static async Task<ScrapedMetrics> ScrapeUntilAsync(HttpClient client, Func<ScrapedMetrics, bool> condition)
    {
        ScrapedMetrics? last = null;
        await HangfirePostgresTests.WaitForAsync(() =>
        {
            last = ScrapedMetrics.ScrapeAsync(client).GetAwaiter().GetResult();
            return condition(last);
        }, TimeSpan.FromSeconds(90), () => last?.Text ?? "");
        return last!;
    }
}
