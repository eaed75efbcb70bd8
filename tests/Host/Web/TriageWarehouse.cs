using Microsoft.Playwright;
using Reporting.Host.Api;
using Reporting.Host.Tests.Api;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Web;

/// <summary>
/// A sample warehouse of its own with owner suggestions recorded as the demo records them (a model trained on the
/// earlier tickets, replayed on the last two weeks) and recurring-bug groups, and Debian's chromium driven by Playwright.
/// </summary>
public sealed class TriageWarehouse : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly SampleWarehouse _sample = new();
    private IPlaywright? _playwright;

    public TempWarehouse Warehouse => _sample.Warehouse;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _sample.InitializeAsync();
        var connection = Warehouse.Connection;
        var cutoff = (await connection.ScalarAsync<DateTime>("SELECT max(created_at) FROM tickets")).AddDays(-14);
        var registry = OwnerModelRegistry.ForWarehouse(Warehouse.Path);
        await new OwnerTraining(connection, registry).RunAsync(createdBefore: cutoff);
        using var similar = new SimilarTicketFinder();
        var suggester = OwnerSuggester.LoadCurrent(registry, similar)!;
        await new OwnerSuggestionRecorder(connection, TimeProvider.System).RecordAsync(suggester.Classifier, suggester.ModelVersion, cutoff);
        await new RecurringBugAnalysis(connection, TimeProvider.System).ClusterAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox"],
            Headless = true,
        });
    }

    /// <summary>The real service over this warehouse, with a triager key named rotation and a viewer key.</summary>
    public Task<RunningService> StartServiceAsync(string triagerKey, string viewerKey, string viewerName = "pm") =>
        RunningService.StartAsync(Warehouse.Path, Path.Combine(Warehouse.Directory, "snapshots"),
            "--Api:Keys:1:Name=rotation", $"--Api:Keys:1:Sha256={ApiKeyHasher.Hash(triagerKey)}", "--Api:Keys:1:Role=triager",
            $"--Api:Keys:2:Name={viewerName}", $"--Api:Keys:2:Sha256={ApiKeyHasher.Hash(viewerKey)}", "--Api:Keys:2:Role=viewer");

    /// <summary>A fresh browser session on the service, at a desktop size (the screenshots' size).</summary>
    public Task<IBrowserContext> NewContextAsync(RunningService service) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = service.Address.ToString().TrimEnd('/'),
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _sample.DisposeAsync();
    }
}
