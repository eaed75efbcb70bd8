using System.Net;
using System.Text.Json;
using Reporting.Host.Api;
using Reporting.Testing;
using Reporting.Warehouse;
using UglyToad.PdfPig;

namespace Reporting.Host.Tests.Api;

/// <summary>GET /api/triage/acceptance over the real service: who may read it, its figures from triage decisions, and the capacity report beside it.</summary>
[Collection(ServiceCollection.Name)]
public class TriageApiTests(ServiceFixture fixture) : IAsyncLifetime
{
    private const string ViewerKey = "rpt_viewer_key_for_the_triage_api_tests_00";
    private const string DecidedBy = "acceptance-api-tests";
    private static readonly DateTime W47 = new(2026, 11, 16, 0, 0, 0, DateTimeKind.Utc);
    private RunningService _service = null!;
    private IReadOnlyList<string> _tickets = [];

    public async Task InitializeAsync()
    {
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"),
            "--Api:Keys:1:Name=pm", $"--Api:Keys:1:Sha256={ApiKeyHasher.Hash(ViewerKey)}", "--Api:Keys:1:Role=viewer");
        var connection = fixture.Warehouse.Connection;
        _tickets = await connection.ListAsync<string>(
            """
            SELECT external_id FROM tickets t WHERE NOT deleted AND source = 'samples' AND created_at >= $monday AND created_at < $monday + INTERVAL 1 DAY
              AND NOT EXISTS (SELECT 1 FROM owner_suggestions o WHERE o.source = t.source AND o.ticket_id = t.external_id)
            ORDER BY created_at, external_id LIMIT 3
            """, new { monday = W47 });
        var records = new TriageRecords(connection, "samples");
        await records.SuggestionAsync(_tickets[0], "billing-api", "auth-service", "sso-connector");
        await records.SuggestionAsync(_tickets[1], "auth-service", "billing-api", "sso-connector");
        await records.SuggestionAsync(_tickets[2], "billing-api", "sso-connector", "auth-service");
        await records.DecideAsync(_tickets[0], "accept", "billing-api", W47.AddDays(3), DecidedBy);
        await records.DecideAsync(_tickets[1], "choose", "auth-service", W47.AddDays(4), DecidedBy);
        await records.DecideAsync(_tickets[2], "choose", "sso-connector", W47.AddDays(5), DecidedBy);
    }

    public async Task DisposeAsync()
    {
        await fixture.Warehouse.Connection.RunAsync("DELETE FROM triage_decisions WHERE decided_by = $by", new { by = DecidedBy });
        await fixture.Warehouse.Connection.RunAsync(
            "DELETE FROM owner_suggestions WHERE source = 'samples' AND list_contains(string_split($ids, ','), ticket_id)", new { ids = string.Join(',', _tickets) });
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task A_viewer_reads_acceptance_from_the_decisions_per_team_and_week_and_an_anonymous_caller_gets_401()
    {
        using var viewer = _service.Client(ViewerKey);
        using var anonymous = _service.Client(key: null);

        var response = await viewer.GetAsync("/api/triage/acceptance?from=2026-11-16&to=2026-11-22");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/triage/acceptance")).StatusCode);
        Assert.Equal(("2026-11-16", "2026-11-22", JsonValueKind.Null), (body.GetProperty("from").GetString(), body.GetProperty("to").GetString(), body.GetProperty("team").ValueKind));
        var total = body.GetProperty("total");
        Assert.Equal((3, 2, 3, 0), (total.GetProperty("decided").GetInt64(), total.GetProperty("top1").GetInt64(), total.GetProperty("top3").GetInt64(), total.GetProperty("unsuggested").GetInt64()));
        Assert.Equal((2.0 / 3, 1.0), (total.GetProperty("top1_rate").GetDouble(), total.GetProperty("top3_rate").GetDouble()));
        Assert.Equal(
            [("Identity", 2L, 1L, 2L, 0.5), ("Payments", 1L, 1L, 1L, 1.0)],
            body.GetProperty("teams").EnumerateArray().Select(t => (t.GetProperty("team").GetString()!, t.GetProperty("decided").GetInt64(),
                t.GetProperty("top1").GetInt64(), t.GetProperty("top3").GetInt64(), t.GetProperty("top1_rate").GetDouble())));
        Assert.Equal(
            [("2026-W47", "2026-11-16", "Identity", 2L), ("2026-W47", "2026-11-16", "Payments", 1L)],
            body.GetProperty("weeks").EnumerateArray().Select(w => (w.GetProperty("week").GetString()!, w.GetProperty("week_start").GetString()!,
                w.GetProperty("team").GetString()!, w.GetProperty("decided").GetInt64())));
    }

    [Fact]
    public async Task A_period_without_decisions_has_zero_counts_and_null_rates_and_a_wrong_team_or_period_is_a_400_naming_the_field()
    {
        using var viewer = _service.Client(ViewerKey);

        var empty = JsonDocument.Parse(await viewer.GetStringAsync("/api/triage/acceptance?from=2026-10-01&to=2026-10-31&team=Payments")).RootElement;
        var team = await viewer.GetAsync("/api/triage/acceptance?team=Nobody");
        var period = await viewer.GetAsync("/api/triage/acceptance?from=2000-01-01&to=2026-11-30");

        Assert.Equal((0, JsonValueKind.Null, "Payments"),
            (empty.GetProperty("total").GetProperty("decided").GetInt64(), empty.GetProperty("total").GetProperty("top1_rate").ValueKind, empty.GetProperty("team").GetString()));
        Assert.Equal(0, empty.GetProperty("weeks").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, team.StatusCode);
        Assert.True(JsonDocument.Parse(await team.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("team", out _));
        Assert.Equal(HttpStatusCode.BadRequest, period.StatusCode);
        Assert.True(JsonDocument.Parse(await period.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("from", out _));
    }

    [Fact]
    public async Task The_endpoint_is_in_the_openapi_document_for_key_holders()
    {
        using var client = _service.Client(key: null);

        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");

        var get = paths.GetProperty("/api/triage/acceptance").GetProperty("get");
        Assert.Equal(["from", "to", "team"], get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(2, get.GetProperty("security").GetArrayLength());
    }

    [Fact]
    public async Task The_capacity_report_appendix_counts_acceptance_from_the_decisions_beside_agreement_with_the_final_owner()
    {
        using var viewer = _service.Client(ViewerKey);

        var pdf = await viewer.GetByteArrayAsync("/api/reports/capacity.pdf?from=2026-10-26&to=2026-11-22");

        using var document = PdfDocument.Open(pdf);
        var text = Squeeze(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.Contains(Squeeze("Accepted in triage: of the 3 tickets routed in the triage workspace from 26 Oct to 22 Nov with a suggestion shown, 2 (67%) went to the suggested owner and 3 (100%) to one of the top three shown."), text);
        Assert.Contains(Squeeze("Agreement with the final owner: 3 tickets got an owner suggestion when they arrived in the last four weeks of the period."), text);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
