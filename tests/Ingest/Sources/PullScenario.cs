using Dapper;
using Reporting.Ingest.Sources;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Ingest.Tests.Sources;

/// <summary>
/// One source configured against a fake API on 127.0.0.1 and an empty warehouse, with fast retries so
/// failure scenarios take milliseconds; pulls commit every page so a failure leaves exactly the pages before it.
/// </summary>
internal sealed class PullScenario : IAsyncDisposable
{
    public const string Name = "acme";

    private PullScenario(TempWarehouse warehouse, SourceOptions options)
    {
        Warehouse = warehouse;
        Options = options;
    }

    public TempWarehouse Warehouse { get; }

    public SourceOptions Options { get; set; }

    public static readonly RetryOptions FastRetry = new()
    {
        MaxAttempts = 3,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(50),
        MaxWait = TimeSpan.FromSeconds(5),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    public static async Task<PullScenario> CreateAsync(SourceOptions options) =>
        new(await TempWarehouse.CreateAsync(), options with { Retry = options.Retry == new RetryOptions() ? FastRetry : options.Retry });

    public PullRunner Runner() =>
        new(Warehouse.Connection, new SourcesConfiguration(new Dictionary<string, SourceOptions> { [Name] = Options }), TimeProvider.System)
        {
            CommitEvery = 1,
        };

    public Task<PullSummary> PullAsync(DateTimeOffset? since = null) => Runner().RunAsync(Name, since, CancellationToken.None);

    public Task<SourceException> PullFailsAsync() => Assert.ThrowsAsync<SourceException>(() => PullAsync());

    public async Task<string?> WatermarkAsync() =>
        await Warehouse.Connection.ScalarAsync<string?>("SELECT watermark FROM sources WHERE name = $name", new { name = Name });

    public async Task<List<string>> TicketIdsAsync() =>
        (await Warehouse.Connection.ListAsync<string>("SELECT external_id FROM tickets ORDER BY external_id")).ToList();

    public async Task<List<TicketRow>> TicketsAsync() =>
        (await Warehouse.Connection.QueryAsync<TicketRow>(
            """
            SELECT external_id AS ExternalId, created_at AS CreatedAt, updated_at AS UpdatedAt, first_response_at AS FirstResponseAt,
                   resolved_at AS ResolvedAt, status AS Status, priority AS Priority, type AS Type, channel AS Channel,
                   customer AS Customer, reporter AS Reporter, subject AS Subject, body AS Body, product AS Product,
                   service AS Service, team AS Team, assignee AS Assignee, array_to_string(tags, ',') AS Tags,
                   array_to_string(duplicate_of, ',') AS DuplicateOf, array_to_string(affected_versions, ',') AS AffectedVersions,
                   array_to_string(fix_versions, ',') AS FixVersions, time_spent_seconds AS TimeSpentSeconds, deleted AS Deleted
            FROM tickets ORDER BY external_id
            """)).ToList();

    public async Task<List<(string TicketId, string EventId, DateTime At, string Kind, string? Actor, string? Detail)>> EventsAsync() =>
        (await Warehouse.Connection.QueryAsync<(string, string, DateTime, string, string?, string?)>(
            "SELECT ticket_id, event_id, occurred_at, kind, actor, detail FROM ticket_events ORDER BY ticket_id, occurred_at, event_id")).ToList();

    public async Task<List<(string Input, long Line, string Field, string Reason)>> RejectsAsync() =>
        (await Warehouse.Connection.QueryAsync<(string, long, string, string)>(
            "SELECT input, line, field, reason FROM rejects ORDER BY input, line")).ToList();

    public async Task<(string Status, string? Error)> LastRunAsync() =>
        await Warehouse.Connection.QuerySingleAsync<(string, string?)>(
            "SELECT status, error FROM ingest_runs ORDER BY run_id DESC LIMIT 1");

    public ValueTask DisposeAsync() => Warehouse.DisposeAsync();
}

/// <summary>A tickets row as the tests compare it (lists joined with commas).</summary>
internal sealed record TicketRow
{
    public string ExternalId { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime? UpdatedAt { get; init; }
    public DateTime? FirstResponseAt { get; init; }
    public DateTime? ResolvedAt { get; init; }
    public string? Status { get; init; }
    public string? Priority { get; init; }
    public string? Type { get; init; }
    public string? Channel { get; init; }
    public string? Customer { get; init; }
    public string? Reporter { get; init; }
    public string Subject { get; init; } = "";
    public string Body { get; init; } = "";
    public string? Product { get; init; }
    public string? Service { get; init; }
    public string? Team { get; init; }
    public string? Assignee { get; init; }
    public string Tags { get; init; } = "";
    public string DuplicateOf { get; init; } = "";
    public string AffectedVersions { get; init; } = "";
    public string FixVersions { get; init; } = "";
    public long? TimeSpentSeconds { get; init; }
    public bool Deleted { get; init; }
}
