using Reporting.Warehouse;
using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class OwnerClassifierTests(TrainedClassifierFixture fixture) : IClassFixture<TrainedClassifierFixture>
{
    private readonly OwnerClassifier _classifier = fixture.Classifier;

    [Fact]
    public void SuggestsTheOwnerWhoseWordsTheTicketUses()
    {
        var prediction = _classifier.Predict(SyntheticTickets.Ticket("refund for double charged invoice", "customer was charged twice, please refund the invoice", "Portal"));

        Assert.Equal("billing", prediction.Top?.Owner);
        Assert.Equal(3, prediction.Suggestions.Count);
        Assert.False(prediction.OutOfScope);
        Assert.InRange(prediction.Suggestions.Sum(s => s.Probability), 0, 1.0000001);
        Assert.True(prediction.Suggestions[0].Probability >= prediction.Suggestions[1].Probability);
    }

    [Fact]
    public void ExplainsWithTermsThatPushedTowardsTheOwner()
    {
        var prediction = _classifier.Predict(SyntheticTickets.Ticket("vpn timeout", "vpn drops with dns timeout", "Infrastructure"));

        Assert.Equal("network", prediction.Top?.Owner);
        Assert.True(_classifier.CanExplain);
        Assert.InRange(prediction.Explanation.Count, 1, 5);
        Assert.Contains(prediction.Explanation, t => t.Term.Contains("vpn") || t.Term.Contains("timeout") || t.Term.Contains("dns"));
        Assert.All(prediction.Explanation, t => Assert.True(t.Contribution > 0));
        Assert.Equal(prediction.Explanation.OrderByDescending(t => t.Contribution).Select(t => t.Term), prediction.Explanation.Select(t => t.Term));
    }

    [Theory]
    [InlineData("qwzx plorf vbnmt", "asdkj qweoiu zxmcnb lkjhg poiuy")]
    [InlineData("Apple pie", "Preheat the oven, peel apples, add cinnamon and sugar, bake until golden.")]
    [InlineData("", "")]
    public void FlagsTextUnlikeTrainingAsOutOfScopeAndAbstains(string subject, string body)
    {
        var prediction = _classifier.Predict(SyntheticTickets.Ticket(subject, body));

        Assert.True(prediction.OutOfScope);
        Assert.True(prediction.Abstained);
    }

    [Fact]
    public void AbstainsBelowThresholdAndAnswersAboveIt()
    {
        var predictions = fixture.Test.Select(e => _classifier.Predict(e.ToTicket())).ToList();

        Assert.All(predictions.Where(p => !p.OutOfScope), p => Assert.Equal(p.Top!.Probability < _classifier.AbstainThreshold, p.Abstained));
        Assert.InRange(_classifier.AbstainThreshold, 0, 1);
    }

    [Fact]
    public void LearnsTheSyntheticTaskAndRecordsValidation()
    {
        var report = _classifier.Evaluate(fixture.Test);

        Assert.True(report.Metrics.Top1 > 0.8, $"top-1 {report.Metrics.Top1}");
        Assert.Equal(1.0, report.Metrics.Top3 >= report.Metrics.Top1 ? 1.0 : 0.0);
        Assert.NotNull(_classifier.Metadata.Validation);
        Assert.Equal(320, _classifier.Metadata.TrainingExampleCount);
        Assert.Equal(256, _classifier.Metadata.FitExampleCount);
        Assert.Equal(["billing", "identity", "network", "storage"], _classifier.Owners);
        Assert.Equal(Reporting.Testing.TestClock.DefaultNow.UtcDateTime, _classifier.Metadata.TrainedAtUtc);
    }

    [Fact]
    public void UnderTwoHundredValidationTicketsCalibratesOnOutOfFoldScoresOfAllTrainingTickets()
    {
        // The newest 64 choose the pipeline but are too few to calibrate on: every training ticket is scored by a
        // model fitted without it (five folds) and the confidence and threshold are fitted on all 320.
        Assert.Equal(64, _classifier.Metadata.ValidationExampleCount);
        Assert.Equal((320, OwnerClassifier.CrossFitFolds), (_classifier.Metadata.Validation!.Count, _classifier.Metadata.CalibrationFolds));
        // The pipeline was still chosen on the newest 64.
        Assert.All(_classifier.Metadata.Comparison, c => Assert.Equal(64, c.Validation.Count));

        var newestOnly = OwnerClassifier.Train(fixture.Train, new OwnerClassifierOptions { TrainerThreads = 1, ValidationFraction = 0.2, CrossFitBelow = 0 });

        Assert.Equal((64, 0), (newestOnly.Metadata.Validation!.Count, newestOnly.Metadata.CalibrationFolds));
    }

    [Fact]
    public void SaveAndLoadGiveIdenticalPredictions()
    {
        using var stream = new MemoryStream();
        _classifier.Save(stream);
        stream.Position = 0;

        var loaded = OwnerClassifier.Load(stream);

        Assert.Equal(_classifier.Metadata.Owners, loaded.Metadata.Owners);
        Assert.Equal(_classifier.Metadata.Temperature, loaded.Metadata.Temperature);
        Assert.Equal(_classifier.Metadata.TemperatureAgingPerYear, loaded.Metadata.TemperatureAgingPerYear);
        Assert.Equal(_classifier.Metadata.NewOwnerTicketRatePerYear, loaded.Metadata.NewOwnerTicketRatePerYear);
        Assert.Equal(_classifier.Metadata.TopConfidenceSlope, loaded.Metadata.TopConfidenceSlope);
        Assert.Equal(_classifier.Metadata.TopConfidenceIntercept, loaded.Metadata.TopConfidenceIntercept);
        Assert.Equal(_classifier.Metadata.NewestTicketAt, loaded.Metadata.NewestTicketAt);
        foreach (var example in fixture.Test.Take(40))
        {
            var before = _classifier.Predict(example.ToTicket());
            var after = loaded.Predict(example.ToTicket());
            Assert.Equal(before.Suggestions, after.Suggestions);
            Assert.Equal(before.Abstained, after.Abstained);
            Assert.Equal(before.OutOfScope, after.OutOfScope);
            Assert.Equal(before.Explanation, after.Explanation);
        }
    }

    [Fact]
    public void PredictsConsistentlyFromManyThreads()
    {
        var tickets = fixture.Test.Select(e => e.ToTicket()).ToList();
        var sequential = tickets.Select(t => _classifier.Predict(t).Suggestions).ToList();

        var parallel = new IReadOnlyList<OwnerSuggestion>[tickets.Count];
        Parallel.For(0, tickets.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = _classifier.Predict(tickets[i]).Suggestions);

        for (var i = 0; i < tickets.Count; i++)
            Assert.Equal(sequential[i], parallel[i]);
    }

    [Fact]
    public void TrainingNeedsAtLeastTwoOwners()
    {
        var single = SyntheticTickets.Create(20, seed: 1).Select(e => e with { Owner = "only" }).ToList();

        Assert.Throws<UserInputException>(() => OwnerClassifier.Train(single));
    }

    [Fact]
    public void TrainingHonoursCancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => OwnerClassifier.Train(fixture.Train, cancellationToken: cancelled.Token));
    }
}
