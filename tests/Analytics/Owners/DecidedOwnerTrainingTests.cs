using Reporting.Analytics.Owners;
using Reporting.Testing;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>Retraining learns from triage: the owner a triager chose is the label, ahead of the source's service.</summary>
public class DecidedOwnerTrainingTests : IAsyncLifetime
{
    private const string Request = "reindex our data";
    private const string Elsewhere = "job-scheduler";
    private readonly SampleWarehouse _sample = new();

    public Task InitializeAsync() => _sample.InitializeAsync();

    public Task DisposeAsync() => _sample.DisposeAsync();

    [Fact]
    public async Task Routing_a_handful_of_reindex_requests_to_another_service_makes_the_next_model_suggest_that_service()
    {
        var connection = _sample.Warehouse.Connection;
        var registry = OwnerModelRegistry.ForWarehouse(_sample.Warehouse.Path);
        var options = new OwnerClassifierOptions { TrainerThreads = 1, Time = TestClock.Create() };
        var training = new OwnerTraining(connection, registry);
        var first = await training.RunAsync(options);
        // The newest solved search ticket asking this, every search ticket asking it in its subject (worded in several
        // ways), and a request the source left without a service.
        var text = (await OwnerExamples.LoadAsync(connection, resolvedOnly: true))
            .Last(e => e.Owner == "search" && e.Subject.Contains(Request, StringComparison.Ordinal)).ToTicket();
        var copies = await connection.ListAsync<string>(
            "SELECT external_id FROM tickets WHERE NOT deleted AND contains(subject, $request) AND service = 'search' ORDER BY external_id", new { request = Request });
        var unowned = await connection.ListAsync<string>(
            "SELECT external_id FROM tickets WHERE NOT deleted AND coalesce(service, '') = '' AND contains(body, $request) ORDER BY external_id", new { request = Request });
        Assert.Equal("search", registry.Load(first.Model.Version).Predict(text).Top!.Owner);
        Assert.Equal((6, 1), (copies.Count, unowned.Count));

        foreach (var id in copies.Concat(unowned))
        {
            Assert.True(await TriageQueries.RecordAsync(connection,
                new NewTriageDecision("samples", id, "lead", new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), "choose", Elsewhere), CancellationToken.None));
        }

        var second = await training.RunAsync(options);

        Assert.Equal(7, second.DecidedCount);
        Assert.Equal(first.TrainCount + first.HeldOutCount + 1, second.TrainCount + second.HeldOutCount); // the unowned request is labelled now
        Assert.Equal(Elsewhere, registry.Load(second.Model.Version).Predict(text).Top!.Owner);
        // ...and it is the model the product now answers with: what people decided reaches the suggestions.
        Assert.True(second.Decision.Promoted, second.Decision.Reason);
        Assert.Equal(Elsewhere, registry.LoadCurrent()!.Predict(text).Top!.Owner);
    }
}
