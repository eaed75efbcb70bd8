using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>Trains one small classifier for all tests that need one (training is the slow part).</summary>
public sealed class TrainedClassifierFixture
{
    public TrainedClassifierFixture()
    {
        var examples = SyntheticTickets.Create(400, seed: 7);
        (Train, Test) = TimeOrderedSplit.Split(examples, 0.8);
        Classifier = OwnerClassifier.Train(Train, new OwnerClassifierOptions { TrainerThreads = 1, ValidationFraction = 0.2, Time = Reporting.Testing.TestClock.Create() });
    }

    public IReadOnlyList<OwnerTrainingExample> Train { get; }
    public IReadOnlyList<OwnerTrainingExample> Test { get; }
    public OwnerClassifier Classifier { get; }
}
