using Reporting.Testing;

namespace Reporting.Reports.Tests;

/// <summary>One small sample warehouse shared by the report tests of a class.</summary>
public sealed class ReportFixture : IAsyncLifetime
{
    private readonly SampleWarehouse _sample = new();

    public TempWarehouse Warehouse => _sample.Warehouse;

    public Task InitializeAsync() => _sample.InitializeAsync();

    public Task DisposeAsync() => _sample.DisposeAsync();
}
