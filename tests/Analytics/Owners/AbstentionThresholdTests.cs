using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class AbstentionThresholdTests
{
    [Fact]
    public void ChoosesLowestThresholdReachingTargetPrecision()
    {
        // Sorted by confidence: 0.9 ✓, 0.8 ✓, 0.7 ✓, 0.6 ✗, 0.5 ✓, 0.4 ✗, 0.3 ✗
        // Precision when answering down to: 0.9→1, 0.8→1, 0.7→1, 0.6→0.75, 0.5→0.8, 0.4→0.667, 0.3→0.571
        var heldOut = new[] { (0.9, true), (0.8, true), (0.7, true), (0.6, false), (0.5, true), (0.4, false), (0.3, false) };

        Assert.Equal(0.5, AbstentionThreshold.ForTargetPrecision(heldOut, 0.8, minimumAnswered: 1));
        Assert.Equal(0.7, AbstentionThreshold.ForTargetPrecision(heldOut, 0.9, minimumAnswered: 1));
    }

    [Fact]
    public void FallsBackToTargetWhenNothingQualifies()
    {
        var heldOut = new[] { (0.9, false), (0.8, false) };

        Assert.Equal(0.8, AbstentionThreshold.ForTargetPrecision(heldOut, 0.8, minimumAnswered: 1));
    }

    [Fact]
    public void IgnoresThresholdsAnsweringTooFewTickets()
    {
        var heldOut = new[] { (0.9, true), (0.8, false), (0.7, false) };

        Assert.Equal(0.8, AbstentionThreshold.ForTargetPrecision(heldOut, 0.8, minimumAnswered: 2));
    }
}
