using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reporting.Analytics.Owners;
using Reporting.Analytics.Priority;
using Reporting.Host.Api;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Api;

/// <summary>GET /api/tickets/{id}/fit and the priority beside the suggested owner, over the real service.</summary>
[Collection(ServiceCollection.Name)]
public class TicketFitApiTests(ServiceFixture fixture) : IAsyncLifetime
{
    private const string ViewerKey = "rpt_viewer_key_for_the_ticket_fit_tests_0";
    private RunningService _service = null!;

    public async Task InitializeAsync() =>
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"),
            "--Api:Keys:1:Name=pm", $"--Api:Keys:1:Sha256={ApiKeyHasher.Hash(ViewerKey)}", "--Api:Keys:1:Role=viewer");

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        var priorityModels = PriorityModel.RegistryFor(fixture.Warehouse.Path).Directory;
        if (Directory.Exists(priorityModels))
        {
            Directory.Delete(priorityModels, recursive: true);
        }
    }

    [Fact]
    public async Task A_triager_gets_the_range_and_verdict_of_an_open_ticket_a_viewer_403_and_an_unknown_ticket_404()
    {
        var open = await fixture.Warehouse.Connection.ScalarAsync<string>(
            "SELECT external_id FROM tickets WHERE NOT deleted AND resolved_at IS NULL ORDER BY created_at DESC, external_id LIMIT 1");
        using var triager = _service.Client();
        using var viewer = _service.Client(ViewerKey);

        var response = await triager.GetAsync($"/api/tickets/{open}/fit");
        var fit = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(open, fit.GetProperty("id").GetString());
        var range = fit.GetProperty("range");
        var (low, median, high) = (range.GetProperty("low_days").GetDouble(), range.GetProperty("median_days").GetDouble(), range.GetProperty("high_days").GetDouble());
        Assert.True(low <= median && median <= high, range.ToString());
        Assert.Contains(range.GetProperty("basis").GetString(), new[] { "SimilarTickets", "Service", "Team", "AllTickets" });
        Assert.Contains(fit.GetProperty("verdict").GetString(), new[] { "Fits", "Tight", "Backlog", "Unknown" });
        Assert.NotEqual("", fit.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/tickets/{open}/fit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await triager.GetAsync("/api/tickets/NOPE-1/fit")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await triager.GetAsync($"/api/tickets/{new string('x', 201)}/fit")).StatusCode);
    }

    [Fact]
    public async Task Once_a_priority_model_is_trained_the_owner_suggestion_carries_the_suggested_priority()
    {
        var owners = OwnerModelRegistry.ForWarehouse(fixture.Warehouse.Path);
        if (owners.CurrentVersion() is null)
        {
            await new OwnerTraining(fixture.Warehouse.Connection, owners).RunAsync();
        }

        using var client = _service.Client();
        var before = JsonDocument.Parse(await (await client.PostAsJsonAsync("/api/owners/suggest", new { subject = "Checkout fails for everyone" })).Content.ReadAsStringAsync()).RootElement;
        await new OwnerTraining(fixture.Warehouse.Connection, PriorityModel.RegistryFor(fixture.Warehouse.Path), TicketLabel.Priority).RunAsync(PriorityModel.Options);

        var response = await client.PostAsJsonAsync("/api/owners/suggest", new { subject = "Checkout fails for everyone", priority = "low" });
        var priority = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("priority");

        Assert.Equal(JsonValueKind.Null, before.GetProperty("priority").ValueKind);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("priority-v0001", priority.GetProperty("model_version").GetString());
        var ranked = priority.GetProperty("ranked").EnumerateArray().Select(r => r.GetProperty("priority").GetString()).ToList();
        Assert.Equal(priority.GetProperty("best").GetString(), ranked[0]);
        Assert.Equal(priority.GetProperty("abstained").GetBoolean() ? null : ranked[0], priority.GetProperty("priority").GetString());
    }
}
