using Reporting.Analytics.Owners;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>Retraining on a warehouse of a generated sample company: registry, promote rule, suggestions as tickets arrive.</summary>
public class OwnerTrainingTests : IAsyncLifetime
{
    private readonly SampleWarehouse _sample = new();

    public Task InitializeAsync() => _sample.InitializeAsync();

    public Task DisposeAsync() => _sample.DisposeAsync();

    [Fact]
    public async Task A_first_training_run_registers_and_promotes_a_model_evaluated_on_the_newest_tickets()
    {
        var registry = OwnerModelRegistry.ForWarehouse(_sample.Warehouse.Path);

        var outcome = await new OwnerTraining(_sample.Warehouse.Connection, registry).RunAsync();

        Assert.True(outcome.Decision.Promoted, outcome.Decision.Reason);
        Assert.Equal(outcome.Model.Version, registry.CurrentVersion());
        Assert.Equal(outcome.HeldOutCount, outcome.Evaluation.Metrics.Count);
        Assert.Equal((int)Math.Floor((outcome.TrainCount + outcome.HeldOutCount) * OwnerTraining.TrainShare), outcome.TrainCount);
        Assert.True(File.Exists(outcome.Model.ModelPath) && File.Exists(outcome.Model.MetricsPath));
        Assert.StartsWith(Path.Combine(_sample.Warehouse.Directory, "models", "owners"), registry.Directory);
    }

    [Fact]
    public async Task A_retraining_run_compares_with_the_current_model_on_the_same_held_out_tickets()
    {
        var registry = OwnerModelRegistry.ForWarehouse(_sample.Warehouse.Path);
        var training = new OwnerTraining(_sample.Warehouse.Connection, registry);
        var first = await training.RunAsync();
        var cutoff = (await OwnerExamples.LoadAsync(_sample.Warehouse.Connection, resolvedOnly: true))[^200].CreatedAt;

        // Less history (tickets before the cut-off) means another held-out set: the current model is re-evaluated on it.
        var second = await training.RunAsync(createdBefore: cutoff);

        var current = registry.ReadMetadata(first.Model.Version).Evaluation!;
        Assert.Equal(second.Evaluation.EvaluationSetId, current.EvaluationSetId);
        Assert.NotEqual(first.Evaluation.EvaluationSetId, current.EvaluationSetId);
        var notWorse = second.Evaluation.Metrics.Top1 >= current.Metrics.Top1 && second.Evaluation.Metrics.MacroF1 >= current.Metrics.MacroF1;
        Assert.Equal(notWorse, second.Decision.Promoted);
        Assert.NotNull(registry.Load(first.Model.Version)); // the previous version stays loadable
    }

    [Fact]
    public async Task Suggestions_are_recorded_once_for_tickets_arriving_after_a_time()
    {
        var connection = _sample.Warehouse.Connection;
        var registry = OwnerModelRegistry.ForWarehouse(_sample.Warehouse.Path);
        await new OwnerTraining(connection, registry).RunAsync();
        var classifier = registry.LoadCurrent()!;
        var since = (await connection.ScalarAsync<DateTime>("SELECT max(created_at) FROM tickets")).AddDays(-7);
        var recorder = new OwnerSuggestionRecorder(connection, TestClock.Create());

        var first = await recorder.RecordAsync(classifier, "owners-v0001", since);
        var again = await recorder.RecordAsync(classifier, "owners-v0001", since);

        Assert.Equal(await connection.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE created_at >= $since", new { since }), first);
        Assert.Equal(0, again);
        Assert.Equal(first, await connection.ScalarAsync<long>("SELECT count(*) FROM owner_suggestions WHERE len(owners) = 3 AND len(probabilities) = 3"));
    }
}
