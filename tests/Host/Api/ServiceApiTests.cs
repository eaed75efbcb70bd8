using System.Net;
using System.Text.Json;
using Reporting.Host.Api;
using Reporting.Ingest.Loading;
using Reporting.Ingest.Tickets;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Api;

/// <summary>
/// GET /api/services/{service}/experts on a hand-built warehouse: ledger has 10 tickets 91 days before the period's
/// end (weight 0.5 each), 8 Ana's and 2 Ben's; search has 9 tickets, 3 each Cara's, Dan's and Eve's.
/// </summary>
public sealed class ServiceApiTests : IAsyncLifetime
{
    private const string ViewerKey = "rpt_viewer_key_for_the_service_tests_00000";
    private const string Period = "from=2025-10-06&to=2026-04-05";
    private TempWarehouse _warehouse = null!;
    private RunningService _service = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await TempWarehouse.CreateAsync();
        await _warehouse.Connection.RunAsync("INSERT INTO services VALUES ('ledger', 'Payments'), ('search', 'Search'), ('quiet', 'Search')");
        var created = new DateTime(2026, 1, 5);
        var owners = Enumerable.Repeat(("ledger", "Ana"), 8).Append(("ledger", "Ben")).Append(("ledger", "Ben"))
            .Concat(new[] { "Cara", "Dan", "Eve" }.SelectMany(e => Enumerable.Repeat(("search", e), 3)));
        var tickets = owners.Select((o, i) => new TicketRecord
        {
            Source = "test", ExternalId = $"T-{i + 1}", CreatedAt = created, Service = o.Item1, Assignee = o.Item2, Subject = $"T-{i + 1}",
        }).ToList();
        await new TicketBatchWriter(_warehouse.Connection, TestClock.Create()).WriteAsync(new TicketBatch("test", tickets, [], []), 1);
        _service = await RunningService.StartAsync(_warehouse.Path, Path.Combine(_warehouse.Directory, "snapshots"),
            "--Api:Keys:1:Name=pm", $"--Api:Keys:1:Sha256={ApiKeyHasher.Hash(ViewerKey)}", "--Api:Keys:1:Role=viewer");
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _warehouse.DisposeAsync();
    }

    [Fact]
    public async Task A_viewer_reads_who_knows_a_service_and_its_bus_factor()
    {
        using var client = _service.Client(ViewerKey);

        var ledger = JsonDocument.Parse(await client.GetStringAsync($"/api/services/ledger/experts?{Period}")).RootElement;

        Assert.Equal(("ledger", "Payments", "2025-10-06", "2026-04-05", 10, 10, 1, true),
            (ledger.GetProperty("service").GetString(), ledger.GetProperty("team").GetString(), ledger.GetProperty("from").GetString(),
             ledger.GetProperty("to").GetString(), ledger.GetProperty("tickets").GetInt32(), ledger.GetProperty("handled_tickets").GetInt32(),
             ledger.GetProperty("bus_factor").GetInt32(), ledger.GetProperty("at_risk").GetBoolean()));
        Assert.Equal([("Ana", 8, 4.0, 0.8), ("Ben", 2, 1.0, 0.2)], ledger.GetProperty("people").EnumerateArray()
            .Select(p => (p.GetProperty("person").GetString()!, p.GetProperty("tickets").GetInt32(), p.GetProperty("score").GetDouble(), p.GetProperty("share").GetDouble())));
    }

    [Fact]
    public async Task Top_cuts_the_people_and_the_map_gives_every_services_bus_factor()
    {
        using var client = _service.Client(ViewerKey);

        var search = JsonDocument.Parse(await client.GetStringAsync($"/api/services/search/experts?{Period}&top=1")).RootElement;
        var all = JsonDocument.Parse(await client.GetStringAsync($"/api/services/experts?{Period}")).RootElement;

        Assert.Equal(3, search.GetProperty("bus_factor").GetInt32());
        Assert.Equal([("Cara", 0.3333)], search.GetProperty("people").EnumerateArray()
            .Select(p => (p.GetProperty("person").GetString()!, p.GetProperty("share").GetDouble())));
        Assert.Equal([("ledger", 1), ("search", 3)], all.GetProperty("services").EnumerateArray()
            .Select(s => (s.GetProperty("service").GetString()!, s.GetProperty("bus_factor").GetInt32())));
        Assert.Equal(91, all.GetProperty("half_life_days").GetDouble());
    }

    [Fact]
    public async Task A_configured_service_without_tickets_has_no_bus_factor()
    {
        using var client = _service.Client(ViewerKey);

        var quiet = JsonDocument.Parse(await client.GetStringAsync($"/api/services/quiet/experts?{Period}")).RootElement;

        Assert.Equal((0, JsonValueKind.Null, 0), (quiet.GetProperty("tickets").GetInt32(), quiet.GetProperty("bus_factor").ValueKind, quiet.GetProperty("people").GetArrayLength()));
    }

    [Fact]
    public async Task An_unknown_service_is_a_404_naming_it()
    {
        using var client = _service.Client(ViewerKey);

        var response = await client.GetAsync("/api/services/no-such-thing/experts");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("'no-such-thing'", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("top=0")]
    [InlineData("top=51")]
    public async Task Top_outside_1_to_50_is_a_400_naming_it(string query)
    {
        using var client = _service.Client(ViewerKey);

        var response = await client.GetAsync($"/api/services/ledger/experts?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("top", out _));
    }

    [Fact]
    public async Task Without_a_key_it_is_401()
    {
        using var client = _service.Client(key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/services/ledger/experts")).StatusCode);
    }
}
