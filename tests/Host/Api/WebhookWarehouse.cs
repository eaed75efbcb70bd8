using Reporting.Analytics.Owners;
using Reporting.Testing;

namespace Reporting.Host.Tests.Api;

/// <summary>A sample warehouse of its own (webhook tests add tickets) with a trained owner model, shared by the webhook tests.</summary>
public sealed class WebhookWarehouse : IAsyncLifetime
{
    private readonly SampleWarehouse _sample = new();

    public TempWarehouse Warehouse => _sample.Warehouse;

    public async Task InitializeAsync()
    {
        await _sample.InitializeAsync();
        await new OwnerTraining(Warehouse.Connection, OwnerModelRegistry.ForWarehouse(Warehouse.Path)).RunAsync();
    }

    public async Task DisposeAsync() => await _sample.DisposeAsync();
}
