using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public sealed class OwnerModelRegistryTests(TrainedClassifierFixture fixture) : IClassFixture<TrainedClassifierFixture>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "owner-registry-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    private static OwnerEvaluationReport Report(string set, double top1, double macroF1) =>
        new(set, new OwnerMetrics(100, top1, top1 + 0.1, macroF1, 10, 0.5, 0.9, 0.05), 0.1, 50);

    private RegisteredOwnerModel RegisterWith(OwnerModelRegistry registry, OwnerEvaluationReport report)
    {
        fixture.Classifier.RecordEvaluation(report);
        return registry.Register(fixture.Classifier);
    }

    [Fact]
    public void FirstModelIsPromotedAndVersionsAreNumbered()
    {
        var registry = new OwnerModelRegistry(_directory);

        var first = RegisterWith(registry, Report("set-a", 0.5, 0.2));
        var decision = registry.Promote(first.Version);

        Assert.True(decision.Promoted);
        Assert.Equal(1, first.Version);
        Assert.Equal("owners-v0001", first.Name);
        Assert.True(File.Exists(Path.Combine(_directory, "owners-v0001.zip")));
        Assert.True(File.Exists(Path.Combine(_directory, "owners-v0001.json")));
        Assert.Equal("owners-v0001", File.ReadAllText(Path.Combine(_directory, "current")));
        Assert.Equal(1, registry.CurrentVersion());
    }

    [Fact]
    public void WorseModelIsNotPromotedAndBetterOneIs()
    {
        var registry = new OwnerModelRegistry(_directory);
        registry.Promote(RegisterWith(registry, Report("set-a", 0.5, 0.2)).Version);

        var worse = registry.Promote(RegisterWith(registry, Report("set-a", 0.49, 0.25)).Version);
        var better = registry.Promote(RegisterWith(registry, Report("set-a", 0.5, 0.21)).Version);

        Assert.False(worse.Promoted);
        Assert.Contains("top-1", worse.Reason);
        Assert.True(better.Promoted);
        Assert.Equal(1, better.Current);
        Assert.Equal(3, registry.CurrentVersion());
    }

    [Fact]
    public void ModelEvaluatedOnAnotherSetIsNotPromoted()
    {
        var registry = new OwnerModelRegistry(_directory);
        registry.Promote(RegisterWith(registry, Report("set-a", 0.5, 0.2)).Version);

        var decision = registry.Promote(RegisterWith(registry, Report("set-b", 0.9, 0.9)).Version);

        Assert.False(decision.Promoted);
        Assert.Contains("another set", decision.Reason);
        Assert.Equal(1, registry.CurrentVersion());
    }

    [Fact]
    public void PreviousVersionsStayLoadable()
    {
        var registry = new OwnerModelRegistry(_directory);
        registry.Promote(RegisterWith(registry, Report("set-a", 0.5, 0.2)).Version);
        registry.Promote(RegisterWith(registry, Report("set-a", 0.6, 0.3)).Version);

        var previous = registry.Load(1);
        var current = registry.LoadCurrent();

        Assert.Equal(0.5, registry.ReadMetadata(1).Evaluation!.Metrics.Top1);
        Assert.Equal(0.6, current!.Metadata.Evaluation!.Metrics.Top1);
        Assert.Equal([1, 2], registry.List().Select(m => m.Version));
        var ticket = fixture.Test[0].ToTicket();
        Assert.Equal(previous.Predict(ticket).Suggestions, current.Predict(ticket).Suggestions);
    }

    [Fact]
    public void ModelWithoutEvaluationIsNotPromoted()
    {
        var registry = new OwnerModelRegistry(_directory);
        var examples = SyntheticTickets.Create(60, seed: 3);
        var unevaluated = OwnerClassifier.Train(examples, new OwnerClassifierOptions { TrainerThreads = 1 });

        var decision = registry.Promote(registry.Register(unevaluated).Version);

        Assert.False(decision.Promoted);
        Assert.Null(registry.CurrentVersion());
    }

    [Fact]
    public void EvaluationSetIdentityDependsOnTicketsAndOwnersNotOrder()
    {
        var examples = SyntheticTickets.Create(10, seed: 5);

        var id = EvaluationSetIdentity.Compute(examples);

        Assert.Equal(id, EvaluationSetIdentity.Compute(Enumerable.Reverse(examples)));
        Assert.NotEqual(id, EvaluationSetIdentity.Compute(examples.Skip(1)));
        Assert.NotEqual(id, EvaluationSetIdentity.Compute(examples.Select((e, i) => i == 0 ? e with { Owner = "other" } : e)));
        Assert.StartsWith("10:", id);
    }
}
