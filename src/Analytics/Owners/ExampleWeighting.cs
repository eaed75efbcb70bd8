namespace Reporting.Analytics.Owners;

/// <summary>
/// Per-ticket training weights: optional class balancing (rare owners count more) and recency decay
/// (routing drifts, so recent tickets say more about tomorrow's). Weights average 1.
/// </summary>
internal static class ExampleWeighting
{
    public static bool IsUniform(OwnerPipelineSpec spec) => spec.ClassBalancePower == 0 && spec.RecencyHalfLifeDays is null;

    public static float[] Compute(IReadOnlyList<OwnerTrainingExample> examples, OwnerPipelineSpec spec)
    {
        var weights = new double[examples.Count];
        Array.Fill(weights, 1.0);
        if (examples.Count == 0 || IsUniform(spec))
            return weights.Select(w => (float)w).ToArray();

        if (spec.ClassBalancePower != 0)
        {
            var counts = examples.GroupBy(e => e.Owner, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            for (var i = 0; i < examples.Count; i++)
                weights[i] *= Math.Pow(counts[examples[i].Owner], -spec.ClassBalancePower);
        }
        if (spec.RecencyHalfLifeDays is { } halfLife && halfLife > 0)
        {
            var newest = examples.Max(e => e.CreatedAt);
            for (var i = 0; i < examples.Count; i++)
                weights[i] *= Math.Pow(0.5, (newest - examples[i].CreatedAt).TotalDays / halfLife);
        }
        var mean = weights.Average();
        return weights.Select(w => (float)(w / mean)).ToArray();
    }
}
