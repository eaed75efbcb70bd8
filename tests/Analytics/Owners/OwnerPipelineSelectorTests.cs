using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class OwnerPipelineSelectorTests
{
    private static readonly List<OwnerTrainingExample> Examples = SyntheticTickets.Create(240, seed: 11);
    private static readonly OwnerClassifierOptions Options = new() { TrainerThreads = 1, ValidationFraction = 0.25 };

    [Fact]
    public void ChoosesTheBestValidationScoreAndRecordsEveryCandidate()
    {
        OwnerPipelineSpec[] candidates =
        [
            OwnerPipelineCatalog.Default with { Name = "starved", MaximumIterations = 1, L2Regularization = 10f },
            OwnerPipelineCatalog.Default,
            OwnerPipelineCatalog.Default with { Name = "broken", HashBits = 40, UseHashing = true },
        ];
        var seen = new List<string>();

        var comparison = OwnerPipelineSelector.Compare(Examples, candidates, Options, onCandidate: (r, _) => seen.Add(r.Name));

        Assert.Equal(["starved", OwnerPipelineCatalog.Default.Name, "broken"], seen);
        Assert.NotNull(comparison.Candidates.Single(c => c.Name == "broken").Failure);
        var best = comparison.Candidates.Where(c => c.Failure is null).MaxBy(c => OwnerPipelineSelector.SelectionScore(c.Validation))!;
        Assert.Equal(best.Name, comparison.Chosen.Name);
        Assert.Equal(3, comparison.Best.Metadata.Comparison.Count);
        Assert.Equal(2, comparison.TrainedByName.Count);
    }

    [Fact]
    public void CandidatesOverTheTrainingBudgetAreNotChosen()
    {
        OwnerPipelineSpec[] candidates = [OwnerPipelineCatalog.Default, OwnerPipelineCatalog.Default with { Name = "other", WordNgramLength = 1 }];

        var comparison = OwnerPipelineSelector.Compare(Examples, candidates, Options, trainingCpuSecondsBudget: 0);

        // Nothing fits a zero budget, so the rule falls back to the best of all rather than failing.
        Assert.Contains(comparison.Chosen.Name, candidates.Select(c => c.Name));
        Assert.All(comparison.Candidates, c => Assert.True(c.TrainingCpuSeconds > 0));
    }
}
