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
        IReadOnlyList<(double Confidence, bool Correct)> heldOut, double targetPrecision, int minimumAnswered = 20)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        if (targetPrecision is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(targetPrecision), targetPrecision, "Must be within (0, 1].");

        var ordered = heldOut.OrderByDescending(h => h.Confidence).ToList();
        double? best = null;
        var correct = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            correct += ordered[i].Correct ? 1 : 0;
            var answered = i + 1;
            // Only cut between distinct confidences: equal ones are answered together.
            var isCutPoint = i + 1 == ordered.Count || ordered[i + 1].Confidence < ordered[i].Confidence;
            if (isCutPoint && answered >= minimumAnswered && correct / (double)answered >= targetPrecision)
                best = ordered[i].Confidence;
        }
        return best ?? targetPrecision;
    }
}
