using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Reporting.Host.Application.Operations;
using Reporting.Host.Email;
using Reporting.Host.Service;
using Reporting.Ingest;
using Reporting.Ingest.Sources;
using Reporting.Testing;
using Reporting.Testing.FakeApis;

namespace Reporting.Host.Tests.Application.Operations;

/// <summary>The operations page's figures from a real file ingest, real pulls from a fake Zendesk on 127.0.0.1 and the warehouse's delivery log.</summary>
public sealed class ReadOperationsTests : IAsyncLifetime
{
    private static readonly DateTime Updated = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();
    private TempWarehouse _warehouse = null!;
    private FakeZendesk _zendesk = null!;
    private WarehouseAccess _access = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await TempWarehouse.CreateAsync();
        _zendesk = await FakeZendesk.StartAsync();
        _access = new WarehouseAccess(Options.Create(new ReportingOptions { Warehouse = _warehouse.Path }));
    }

    public async Task DisposeAsync()
    {
        await _access.DisposeAsync();
        await _zendesk.DisposeAsync();
        await _warehouse.DisposeAsync();
    }

    [Fact]
    public async Task A_source_shows_its_watermark_from_the_last_good_pull_and_the_error_of_the_failed_one_after_it()
    {
        for (var id = 1; id <= 3; id++)
        {
            _zendesk.Put(ZendeskData.Ticket(id, Updated.AddDays(-1), Updated.AddMinutes(id), $"Ticket {id}"));
        }

        var pull = new PullRunner(_warehouse.Connection, Sources(), _clock);
        var good = await pull.RunAsync("desk", CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));
        _zendesk.Host.Faults.Add(Fault.DownAfter(0));
        await Assert.ThrowsAnyAsync<Exception>(() => pull.RunAsync("desk", CancellationToken.None));
        _clock.Advance(TimeSpan.FromHours(1));
        await new FileIngestor(_warehouse.Connection, _clock).IngestAsync(RejectsInput.Write(Path.Combine(_warehouse.Directory, "in")), "uploads");

        var view = await new ReadOperations(new WarehouseDeliveryLog(_access, _clock)).RunAsync(_warehouse.Connection, CancellationToken.None);

        Assert.Equal(["uploads", "desk"], view.Sources.Select(s => s.Name));
        Assert.Equal((2L, 3L), (view.SourceCount, view.Rejects));
        var desk = view.Sources[1];
        var now = TestClock.DefaultNow.UtcDateTime;
        Assert.Equal(("zendesk", good.Watermark, now), (desk.Kind, desk.Watermark, desk.WatermarkAt));
        Assert.Equal((2L, good.RunId + 1, "pull", "failed", now.AddHours(1)), (desk.Runs, desk.LastRun, desk.LastRunKind, desk.LastRunStatus, desk.LastRunAt));
        Assert.Equal((now, now.AddHours(1)), (desk.LastSucceededAt, desk.LastErrorAt));
        Assert.StartsWith($"source 'desk': GET {_zendesk.BaseUrl}api/v2/incremental/tickets/cursor.json", desk.LastError);
        Assert.Contains("still 503 Service Unavailable after 1 attempt(s)", desk.LastError);
        Assert.DoesNotContain("desk-secret-token", desk.LastError);
        Assert.Equal(0, desk.Rejects);
        var uploads = view.Sources[0];
        Assert.Equal(((string?)null, (string?)null, "file", "succeeded", 4L, 3L, 3L),
            (uploads.Kind, uploads.Watermark, uploads.LastRunKind, uploads.LastRunStatus, uploads.LastRunRead, uploads.LastRunRejected, uploads.Rejects));
        Assert.Null(uploads.LastError);
    }

    [Fact]
    public async Task The_50_most_recently_changed_deliveries_are_listed_newest_first()
    {
        var log = new WarehouseDeliveryLog(_access, _clock);
        for (var week = 1; week <= 52; week++)
        {
            await log.RecordNoDataAsync(new DeliveryKey("pm@example.com", $"2026-W{week:D2}"), $"No tickets in 2026-W{week:D2}", CancellationToken.None);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        var view = await new ReadOperations(log).RunAsync(_warehouse.Connection, CancellationToken.None);

        Assert.Equal(ReadOperations.RecentDeliveries, view.Deliveries.Count);
        Assert.Equal(("2026-W52", DeliveryStatus.NoData, "No tickets in 2026-W52"), (view.Deliveries[0].Week, view.Deliveries[0].Status, view.Deliveries[0].Detail));
        Assert.Equal("2026-W03", view.Deliveries[^1].Week);
        Assert.Empty(view.Sources);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => log.RecentAsync(IDeliveryLog.MaxRecent + 1, CancellationToken.None));
    }

    private SourcesConfiguration Sources() => SourcesConfiguration.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Sources:desk:Kind"] = "zendesk",
        ["Sources:desk:BaseUrl"] = _zendesk.BaseUrl.ToString(),
        ["Sources:desk:Token"] = "desk-secret-token",
        // One attempt: retries wait on the clock, which is a fake one here.
        ["Sources:desk:Retry:MaxAttempts"] = "1",
    }).Build());
}
