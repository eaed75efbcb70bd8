using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Reporting.Analytics.Owners;

namespace Reporting.Host.Tests.Api;

/// <summary>Suggested owners and similar tickets over HTTP, with validation and request limits.</summary>
[Collection(ServiceCollection.Name)]
public class OwnerApiTests(ServiceFixture fixture) : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() =>
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"));

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task EnsureModelAsync()
    {
        var registry = OwnerModelRegistry.ForWarehouse(fixture.Warehouse.Path);
        if (registry.CurrentVersion() is null)
        {
            await new OwnerTraining(fixture.Warehouse.Connection, registry).RunAsync();
        }
    }

    [Fact]
    public async Task A_ticket_gets_three_suggestions_with_teams_an_explanation_similar_tickets_and_the_model_version()
    {
        await EnsureModelAsync();
        using var client = _service.Client();
        var ticket = (await Reporting.Warehouse.DuckDbCommands.ListAsync<(string Subject, string Body, string Tags)>(fixture.Warehouse.Connection,
            "SELECT subject, body, array_to_string(tags, ';') FROM tickets WHERE service IS NOT NULL ORDER BY created_at DESC LIMIT 1"))[0];

        var response = await client.PostAsJsonAsync("/api/owners/suggest", new { subject = ticket.Subject, body = ticket.Body, tags = ticket.Tags.Split(';') });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var suggestions = body.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(3, suggestions.Count);
        Assert.All(suggestions, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("team").GetString())));
        Assert.True(suggestions.Select(s => s.GetProperty("probability").GetDouble()).SequenceEqual(suggestions.Select(s => s.GetProperty("probability").GetDouble()).OrderDescending()));
        Assert.StartsWith("owners-v", body.GetProperty("model_version").GetString(), StringComparison.Ordinal);
        Assert.True(body.TryGetProperty("abstained", out _));
        Assert.Equal(3, body.GetProperty("similar_tickets").GetArrayLength());
    }

    [Fact]
    public async Task Gibberish_is_flagged_out_of_scope_and_left_for_human_triage()
    {
        await EnsureModelAsync();
        using var client = _service.Client();

        var body = JsonDocument.Parse(await (await client.PostAsJsonAsync("/api/owners/suggest",
            new { subject = "qwzx plorf vbnmt", body = "zxmcnb lkjhg poiuy trewq mnbvc" })).Content.ReadAsStringAsync()).RootElement;

        Assert.True(body.GetProperty("out_of_scope").GetBoolean());
        Assert.True(body.GetProperty("abstained").GetBoolean());
        Assert.Equal("needs human triage", body.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Invalid_and_oversized_requests_are_refused()
    {
        using var client = _service.Client();

        var missing = await client.PostAsJsonAsync("/api/owners/suggest", new { body = "no subject" });
        var huge = await client.PostAsync("/api/owners/suggest",
            new StringContent($"{{\"subject\":\"x\",\"body\":\"{new string('a', 2_000_000)}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("subject", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task Similar_tickets_are_listed_for_a_known_ticket_and_404_for_an_unknown_one()
    {
        using var client = _service.Client();
        var id = await Reporting.Warehouse.DuckDbCommands.ScalarAsync<string>(fixture.Warehouse.Connection,
            "SELECT external_id FROM tickets WHERE len(duplicate_of) > 0 ORDER BY created_at DESC LIMIT 1");

        var known = JsonDocument.Parse(await client.GetStringAsync($"/api/tickets/{id}/similar?top=5")).RootElement;
        var unknown = await client.GetAsync("/api/tickets/NO-SUCH/similar");

        Assert.Equal(5, known.GetProperty("similar").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
