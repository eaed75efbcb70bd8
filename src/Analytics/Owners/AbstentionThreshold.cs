namespace Reporting.Analytics.Owners;

/// <summary>Chooses the confidence below which the classifier abstains.</summary>
public static class AbstentionThreshold
{
    /// <summary>
    /// The lowest threshold whose answered tickets (confidence ≥ threshold) reach the target precision
    /// on held-out data, i.e. the highest coverage at that precision. Thresholds answering fewer than
    /// <paramref name="minimumAnswered"/> tickets are not trusted; if none qualifies the target itself
    /// is returned, which is the right threshold for perfectly calibrated confidences.
    /// </summary>
    public static double ForTargetPrecision(
        IReadOnlyList<(double Confidence, bool Correct)> heldOut, double targetPrecision, int minimumAnswered = 20) =>
        Choose(heldOut, targetPrecision, minimumAnswered).Threshold;

    /// <summary>
    /// As <see cref="ForTargetPrecision"/>, and whether any threshold reached the target at all. With
    /// <paramref name="z"/> &gt; 0 a threshold qualifies only when the Wilson lower bound of its precision (z standard
    /// errors) reaches the target: the lowest qualifying cut on a noisy precision curve is biased upwards, and the
    /// tickets that come next drift away from the held-out ones. With <paramref name="promisedPrecision"/> the answered
    /// tickets' mean confidence must reach it too: a cut whose tickets were luckier than their calibrated confidences
    /// say (the shared Jira data's newest training tickets: 80% right where the confidences promised 79%, at 0.71) does
    /// not carry that luck to the tickets that come next (73% there).
    /// </summary>
    public static AbstentionChoice Choose(
        IReadOnlyList<(double Confidence, bool Correct)> heldOut, double targetPrecision, int minimumAnswered = 20, double z = 0,
        double? promisedPrecision = null)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        if (targetPrecision is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(targetPrecision), targetPrecision, "Must be within (0, 1].");

        var ordered = heldOut.OrderByDescending(h => h.Confidence).ToList();
        double? best = null;
        var correct = 0;
        var confidenceSum = 0.0;
        for (var i = 0; i < ordered.Count; i++)
        {
            correct += ordered[i].Correct ? 1 : 0;
            confidenceSum += ordered[i].Confidence;
            var answered = i + 1;
            // Only cut between distinct confidences: equal ones are answered together.
            var isCutPoint = i + 1 == ordered.Count || ordered[i + 1].Confidence < ordered[i].Confidence;
            if (isCutPoint && answered >= minimumAnswered && WilsonLowerBound(correct, answered, z) >= targetPrecision
                && (promisedPrecision is not { } promised || confidenceSum / answered >= promised))
                best = ordered[i].Confidence;
        }
        return new AbstentionChoice(best ?? targetPrecision, best is not null);
    }

    /// <summary>
    /// The precision a held-out slice must show for the tickets that come next to reach <paramref name="target"/>. A
    /// slice with fewer tickets of unseen owners than the history predicts for its ages (<paramref name="expectedNewOwnerShare"/>)
    /// flatters every threshold: those tickets are always wrong and come nearly as confident as the others (0.47
    /// against 0.51 on the shared Jira data), so the slice's precision must be higher by the share it is missing. On
    /// Jira's many-rare-owners variant (16% seen, 20% expected) the realised precision rose from 64% to 67%.
    /// </summary>
    public static double TargetOnSlice(double target, int newOwnerTickets, int tickets, double expectedNewOwnerShare)
    {
        if (tickets <= 0 || newOwnerTickets >= tickets)
            return target;
        var observed = newOwnerTickets / (double)tickets;
        var missing = Math.Max(0, expectedNewOwnerShare - observed) / (1 - observed);
        return Math.Min(1, target / (1 - missing));
    }

    /// <summary>The Wilson score interval's lower end for <paramref name="successes"/> of <paramref name="n"/>; the plain share when z = 0.</summary>
    public static double WilsonLowerBound(int successes, int n, double z)
    {
        var p = successes / (double)n;
        if (z <= 0)
            return p;
        var z2 = z * z;
        return (p + z2 / (2 * n) - z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n))) / (1 + z2 / n);
    }
}
