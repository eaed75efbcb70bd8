using Reporting.Analytics.Capacity;
using Reporting.Ingest.Loading;
using Reporting.Ingest.Tickets;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Analytics.Tests.Capacity;

/// <summary>Builds a small company and its tickets in a real warehouse, with figures simple enough to check by hand.</summary>
internal sealed class CapacityScenario : IAsyncDisposable
{
    private readonly List<TicketRecord> _tickets = [];
    private readonly List<StagedEvent> _events = [];
    private int _next = 1;

    private CapacityScenario(TempWarehouse warehouse) => Warehouse = warehouse;

    public TempWarehouse Warehouse { get; }

    /// <summary>Round numbers, so expected hours can be worked out by hand (independent of the shipped defaults).</summary>
    public static EffortModel Effort { get; } = new()
    {
        BaseHoursByPriority = new Dictionary<string, double> { ["urgent"] = 4, ["high"] = 2, ["normal"] = 1, ["low"] = 0.5 },
        DefaultBaseHours = 1,
        TypeMultiplier = new Dictionary<string, double> { ["incident"] = 1.5, ["bug"] = 1, ["question"] = 0.5 },
        HoursPerComment = 0.25,
        HoursPerReassignment = 0.5,
    };

    public static async Task<CapacityScenario> CreateAsync() => new(await TempWarehouse.CreateAsync());

    public async Task TeamAsync(string team, string service, params (string Name, double Hours)[] members)
    {
        await Warehouse.Connection.RunAsync("INSERT INTO teams VALUES ($team, 'PM', 'pm@example.com', 'Europe/Berlin')", new { team });
        await Warehouse.Connection.RunAsync("INSERT INTO services VALUES ($service, $team)", new { service, team });
        foreach (var (name, hours) in members)
        {
            await Warehouse.Connection.RunAsync("INSERT INTO team_members VALUES ($team, $name, $hours)", new { team, name, hours });
        }
    }

    public Task RotationAsync(string team, DateOnly monday, string engineer, string? buddy = null) =>
        Warehouse.Connection.RunAsync("INSERT INTO rotation (week_start, team, engineer, buddy) VALUES ($monday, $team, $engineer, $buddy)",
            new { monday = monday.ToDateTime(TimeOnly.MinValue), team, engineer, buddy });

    public Task AbsenceAsync(string engineer, DateOnly start, DateOnly end) =>
        Warehouse.Connection.RunAsync("INSERT INTO absences VALUES ($engineer, $start, $end)",
            new { engineer, start = start.ToDateTime(TimeOnly.MinValue), end = end.ToDateTime(TimeOnly.MinValue) });

    public Task ReleaseAsync(string service, string version, DateOnly on) =>
        Warehouse.Connection.RunAsync("INSERT INTO releases (service, version, released_on) VALUES ($service, $version, $on)",
            new { service, version, on = on.ToDateTime(TimeOnly.MinValue) });

    public string Ticket(
        DateTime created, string? service = null, string priority = "normal", string type = "bug", string? assignee = null,
        DateTime? resolved = null, long? trackedSeconds = null, string? team = null, string? product = null)
    {
        var id = $"T-{_next++}";
        _tickets.Add(new TicketRecord
        {
            Source = "test", ExternalId = id, CreatedAt = created, ResolvedAt = resolved, FirstResponseAt = created.AddHours(1),
            Priority = priority, Type = type, Service = service, Team = team, Product = product, Assignee = assignee,
            Subject = id, TimeSpentSeconds = trackedSeconds,
        });
        return id;
    }

    public void Event(string ticketId, DateTime at, string kind, string actor) =>
        _events.Add(new StagedEvent("events", _events.Count + 1,
            new TicketEventRecord("test", ticketId, new TicketEvent($"e{_events.Count + 1}", at, kind, actor, null))));

    public async Task<CapacityResult> CalculateAsync(DateOnly from, DateOnly to, int forecastWeeks = 0, string? team = null)
    {
        var writer = new TicketBatchWriter(Warehouse.Connection, TestClock.Create());
        await writer.WriteAsync(new TicketBatch("test", _tickets.ToList(), [], []), 1);
        await writer.WriteAsync(new TicketBatch("test", [], _events.ToList(), []), 1);
        _tickets.Clear();
        _events.Clear();
        return await new CapacityCalculator(Warehouse.Connection, TestClock.Create())
            .CalculateAsync(new CapacityOptions { From = from, To = to, ForecastWeeks = forecastWeeks, Team = team, Effort = Effort });
    }

    public ValueTask DisposeAsync() => Warehouse.DisposeAsync();
}
