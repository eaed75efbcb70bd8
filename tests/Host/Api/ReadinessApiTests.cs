using System.Net;
using System.Text.Json;

namespace Reporting.Host.Tests.Api;

/// <summary>GET /api/tickets/{id}/readiness: the six-item checklist, its score and the questions for what is missing.</summary>
[Collection(ServiceCollection.Name)]
public class ReadinessApiTests(ServiceFixture fixture) : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() =>
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"));

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_ticket_gets_six_items_in_checklist_order_a_score_and_one_question_per_missing_item()
    {
        using var client = _service.Client();
        var (source, id) = (await Reporting.Warehouse.DuckDbCommands.ListAsync<(string, string)>(fixture.Warehouse.Connection,
            "SELECT source, external_id FROM tickets WHERE NOT deleted ORDER BY created_at DESC, external_id LIMIT 1"))[0];

        var body = JsonDocument.Parse(await client.GetStringAsync($"/api/tickets/{id}/readiness?source={Uri.EscapeDataString(source)}")).RootElement;
        var items = body.GetProperty("items").EnumerateArray().ToList();
        var present = items.Count(i => i.GetProperty("present").GetBoolean());

        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.Equal(["steps", "expected-actual", "version", "environment", "logs", "impact"], items.Select(i => i.GetProperty("key").GetString()));
        Assert.Equal(6, body.GetProperty("total").GetInt32());
        Assert.Equal(present, body.GetProperty("score").GetInt32());
        Assert.Equal(6 - present, body.GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_ticket_is_not_found()
    {
        using var client = _service.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/tickets/NO-SUCH/readiness")).StatusCode);
    }
}
