using Reporting.Analytics.Readiness;

namespace Reporting.Analytics.Tests.Readiness;

/// <summary>
/// The detectors against 220 hand-labelled Jira tickets: exact counts per item (labelled, detected, agreed), hence exact
/// precision and recall; and each item is found more often than by the one-keyword baseline. A change to any pattern
/// that moves a figure fails here, so the README table is updated with it.
/// </summary>
public sealed class ReadinessFixtureEvaluationTests
{
    private static readonly IReadOnlyList<LabelledReadinessTicket> Cases = ReadinessLabels.Load();

    [Fact]
    public void The_fixture_holds_220_tickets_55_per_project()
    {
        Assert.Equal(220, Cases.Count);
        Assert.Equal(220, Cases.Select(c => c.Id).Distinct().Count());
        Assert.All(new[] { "HADOOP", "HDFS", "MAPREDUCE", "YARN" }, p => Assert.Equal(55, Cases.Count(c => c.Id.StartsWith(p + "-", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData(ReadinessItem.StepsToReproduce, 98, 87, 80)]
    [InlineData(ReadinessItem.ExpectedVersusActual, 72, 71, 46)]
    [InlineData(ReadinessItem.VersionOrBuild, 153, 152, 150)]
    [InlineData(ReadinessItem.Environment, 38, 31, 29)]
    [InlineData(ReadinessItem.LogsOrStackTrace, 59, 56, 53)]
    [InlineData(ReadinessItem.CustomerImpact, 36, 39, 28)]
    public void Each_item_is_detected_as_measured(ReadinessItem item, int labelled, int detected, int agreed)
    {
        var score = ReadinessEvaluation.Score(Cases, new ReadinessAssessor().Assess).Single(s => s.Item == item);

        Assert.Equal((labelled, detected, agreed), (score.Labelled, score.Detected, score.Agreed));
    }

    [Theory]
    [InlineData(ReadinessItem.StepsToReproduce, 0.91, 0.81)]
    [InlineData(ReadinessItem.ExpectedVersusActual, 0.64, 0.63)]
    [InlineData(ReadinessItem.VersionOrBuild, 0.98, 0.98)]
    [InlineData(ReadinessItem.Environment, 0.93, 0.76)]
    [InlineData(ReadinessItem.LogsOrStackTrace, 0.94, 0.89)]
    [InlineData(ReadinessItem.CustomerImpact, 0.71, 0.77)]
    public void Precision_and_recall_stay_above_their_floors(ReadinessItem item, double precisionFloor, double recallFloor)
    {
        var score = ReadinessEvaluation.Score(Cases, new ReadinessAssessor().Assess).Single(s => s.Item == item);

        Assert.True(score.Precision >= precisionFloor, $"{item} precision {score.Precision:F3} < {precisionFloor}");
        Assert.True(score.Recall >= recallFloor, $"{item} recall {score.Recall:F3} < {recallFloor}");
    }

    [Fact]
    public void The_keyword_baseline_scores_as_measured_and_finds_less_of_every_item()
    {
        var detectors = ReadinessEvaluation.Score(Cases, new ReadinessAssessor().Assess);
        var baseline = ReadinessEvaluation.Score(Cases, KeywordReadinessBaseline.Assess);

        Assert.Equal([2, 10, 4, 2, 40, 6], baseline.Select(b => b.Agreed));
        Assert.Equal([2, 11, 5, 4, 58, 25], baseline.Select(b => b.Detected));
        Assert.All(detectors.Zip(baseline), p => Assert.True(p.First.Agreed > p.Second.Agreed, $"{p.First.Item}: {p.First.Agreed} vs baseline {p.Second.Agreed}"));
    }
}
