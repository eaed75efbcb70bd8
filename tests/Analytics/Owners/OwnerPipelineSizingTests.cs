using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>A pipeline's word pruning and SDCA passes follow the number of training tickets.</summary>
public class OwnerPipelineSizingTests
{
    private static readonly OwnerPipelineSpec Default = OwnerPipelineCatalog.Default;

    [Fact]
    public void Ten_thousand_tickets_keep_the_settings()
    {
        Assert.Equal(Default, OwnerPipelineSizing.For(Default, 10_000));
        Assert.Equal(Default, OwnerPipelineSizing.For(Default, 1_000_000));
    }

    [Fact]
    public void Fewer_tickets_get_more_passes_up_to_thirty()
    {
        Assert.Equal(12, OwnerPipelineSizing.For(Default, 5_000).MaximumIterations);   // 60,000 visits / 5,000
        Assert.Equal(30, OwnerPipelineSizing.For(Default, 1_541).MaximumIterations);   // 38, capped
        Assert.Equal(2, OwnerPipelineSizing.For(Default, 1_541).MinDocumentFrequency); // enough tickets to prune words seen once
    }

    [Fact]
    public void Under_a_thousand_tickets_a_word_seen_once_counts()
    {
        var sized = OwnerPipelineSizing.For(Default, 336);

        Assert.Equal(1, sized.MinDocumentFrequency);
        Assert.Equal(30, sized.MaximumIterations);
        Assert.Equal(Default.Name, sized.Name);
    }

    [Fact]
    public void Sizing_twice_changes_nothing_and_other_trainers_keep_their_passes()
    {
        var once = OwnerPipelineSizing.For(Default, 5_000);
        Assert.Equal(once, OwnerPipelineSizing.For(once, 5_000));

        var perceptron = Default with { Trainer = OwnerTrainerKind.OneVersusAllAveragedPerceptron, MaximumIterations = 3 };
        Assert.Equal(3, OwnerPipelineSizing.For(perceptron, 500).MaximumIterations);
        var automatic = Default with { MaximumIterations = null };
        Assert.Null(OwnerPipelineSizing.For(automatic, 500).MaximumIterations);
    }

    [Fact]
    public void Training_records_the_sized_pipeline()
    {
        var examples = SyntheticTickets.Create(600, seed: 5);

        var classifier = OwnerClassifier.Train(examples, new OwnerClassifierOptions { Pipeline = Default, TrainerThreads = 1 });
        var unsized = OwnerClassifier.Train(examples, new OwnerClassifierOptions { Pipeline = Default, TrainerThreads = 1, SizeToData = false });

        Assert.Equal(OwnerPipelineSizing.For(Default, 510), classifier.Metadata.Pipeline); // fitted on the oldest 85% of 600
        Assert.Equal(Default, unsized.Metadata.Pipeline);
    }
}
