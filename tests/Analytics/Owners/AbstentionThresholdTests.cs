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
    public void A_slice_with_fewer_new_owners_than_the_history_predicts_must_show_a_higher_precision()
    {
        // 1 of 20 tickets (5%) has an owner the model never saw where 10% are expected: among the other 19, 0.05 / 0.95
        // more would be always wrong, so 80% next asks 0.8 / (1 − 0.0526) = 84.44% on the slice.
        Assert.Equal(0.8444, Math.Round(AbstentionThreshold.TargetOnSlice(0.8, newOwnerTickets: 1, tickets: 20, expectedNewOwnerShare: 0.10), 4));
    }

    [Fact]
    public void A_slice_with_as_many_new_owners_as_expected_or_more_keeps_the_target()
    {
        Assert.Equal(0.8, AbstentionThreshold.TargetOnSlice(0.8, newOwnerTickets: 2, tickets: 20, expectedNewOwnerShare: 0.10));
        Assert.Equal(0.8, AbstentionThreshold.TargetOnSlice(0.8, newOwnerTickets: 5, tickets: 20, expectedNewOwnerShare: 0.10));
        Assert.Equal(0.8, AbstentionThreshold.TargetOnSlice(0.8, newOwnerTickets: 0, tickets: 0, expectedNewOwnerShare: 0.10));
    }

    [Fact]
    public void The_target_on_the_slice_never_asks_more_than_every_ticket_right()
    {
        Assert.Equal(1.0, AbstentionThreshold.TargetOnSlice(0.8, newOwnerTickets: 0, tickets: 20, expectedNewOwnerShare: 0.5));
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

    [Fact]
    public void A_margin_of_standard_errors_asks_the_precision_to_reach_the_target_with_room_to_spare()
    {
        // 8 of 10 right: 0.8 plainly; the Wilson lower bound one standard error down is 0.6491.
        Assert.Equal(0.6491, Math.Round(AbstentionThreshold.WilsonLowerBound(8, 10, 1.0), 4));
        Assert.Equal(0.8, AbstentionThreshold.WilsonLowerBound(8, 10, 0));

        // 30 tickets, 24 right: plain precision is 0.8 down to the 30th (24/30); the bound stops at the 27th (24/27, bound 0.814).
        var heldOut = Enumerable.Range(0, 30).Select(i => (1 - i / 100.0, i is not (5 or 20 or 29 or 28 or 27 or 26))).ToList();
        var plain = AbstentionThreshold.Choose(heldOut, 0.8, minimumAnswered: 1);
        var margin = AbstentionThreshold.Choose(heldOut, 0.8, minimumAnswered: 1, z: 1.0);

        Assert.Equal((0.71, true), (Math.Round(plain.Threshold, 2), plain.ReachesTarget));
        Assert.Equal((0.74, true), (Math.Round(margin.Threshold, 2), margin.ReachesTarget));
    }

    [Fact]
    public void A_cut_whose_tickets_were_luckier_than_their_confidences_promised_is_not_taken()
    {
        // Answering down to 0.6: 4 of 5 right (80%) but a mean confidence of (0.95 + 0.9 + 0.7 + 0.65 + 0.6) / 5 = 0.76.
        // Down to 0.9: 2 of 2 right, mean confidence 0.925: both reach 80%.
        var heldOut = new[] { (0.95, true), (0.9, true), (0.7, false), (0.65, true), (0.6, true), (0.5, false) };

        var plain = AbstentionThreshold.Choose(heldOut, 0.8, minimumAnswered: 1);
        var promised = AbstentionThreshold.Choose(heldOut, 0.8, minimumAnswered: 1, promisedPrecision: 0.8);

        Assert.Equal((0.6, true), (plain.Threshold, plain.ReachesTarget));
        Assert.Equal((0.9, true), (promised.Threshold, promised.ReachesTarget));
        // Confidences that never promise 80% leave no cut, whatever the record says.
        var unpromised = AbstentionThreshold.Choose([(0.75, true), (0.7, true)], 0.8, minimumAnswered: 1, promisedPrecision: 0.8);
        Assert.Equal((0.8, false), (unpromised.Threshold, unpromised.ReachesTarget));
    }

    [Fact]
    public void Says_when_no_threshold_reaches_the_target()
    {
        var choice = AbstentionThreshold.Choose([(0.9, false), (0.8, true)], 0.8, minimumAnswered: 1);

        Assert.Equal((0.8, false), (choice.Threshold, choice.ReachesTarget));
    }
}
