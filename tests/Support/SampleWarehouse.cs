using Reporting.Ingest;
using Reporting.Samples;

namespace Reporting.Testing;

/// <summary>
/// A warehouse holding a small generated sample company (a few weeks, same generator as data/samples), for tests
/// that need realistic tickets, teams, rotation and releases without the cost of the full 26-week sample.
/// </summary>
public sealed class SampleWarehouse : IAsyncLifetimeFixture
{
    public const int Weeks = 6;

    public TempWarehouse Warehouse { get; private set; } = null!;

    public SampleSummary Sample { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Warehouse = await TempWarehouse.CreateAsync();
        var samples = Path.Combine(Warehouse.Directory, "samples");
        Sample = SampleCompanyGenerator.Generate(new SampleOptions(Seed: 7, Weeks: Weeks), samples);
        await new FileIngestor(Warehouse.Connection, TestClock.Create()).IngestAsync(samples, "samples");
    }

    public async Task DisposeAsync() => await Warehouse.DisposeAsync();
}

/// <summary>xunit's IAsyncLifetime shape, without a test-framework dependency in this support library.</summary>
public interface IAsyncLifetimeFixture
{
    Task InitializeAsync();

    Task DisposeAsync();
}
