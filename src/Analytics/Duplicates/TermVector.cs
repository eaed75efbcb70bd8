namespace Reporting.Analytics.Duplicates;

/// <summary>
/// A ticket's whole text as sorted term ids with sublinear term frequencies (1 + ln tf).
/// Idf is applied at query time, so cosines use the statistics of the tickets seen so far.
/// </summary>
internal sealed record TermVector(int[] TermIds, float[] Weights)
{
    public static TermVector From(Dictionary<int, int> counts)
    {
        var ids = counts.Keys.ToArray();
        Array.Sort(ids);
        var weights = new float[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            weights[i] = 1 + MathF.Log(counts[ids[i]]);
        }

        return new TermVector(ids, weights);
    }

    /// <summary>Cosine with another vector under the given idf; <paramref name="queryNorm"/> is this vector's norm.</summary>
    public double Cosine(TermVector other, Func<int, double> idf, double queryNorm)
    {
        if (queryNorm <= 0)
        {
            return 0;
        }

        double dot = 0, otherNorm = 0;
        int i = 0, j = 0;
        while (j < other.TermIds.Length)
        {
            var otherId = other.TermIds[j];
            var weight = idf(otherId);
            var otherValue = other.Weights[j] * weight;
            otherNorm += otherValue * otherValue;
            while (i < TermIds.Length && TermIds[i] < otherId)
            {
                i++;
            }

            if (i < TermIds.Length && TermIds[i] == otherId)
            {
                dot += Weights[i] * weight * otherValue;
            }

            j++;
        }

        return otherNorm > 0 ? dot / (queryNorm * Math.Sqrt(otherNorm)) : 0;
    }

    public double Norm(Func<int, double> idf, double unknownTermsSquaredWeight)
    {
        var sum = unknownTermsSquaredWeight;
        for (var i = 0; i < TermIds.Length; i++)
        {
            var value = Weights[i] * idf(TermIds[i]);
            sum += value * value;
        }

        return Math.Sqrt(sum);
    }
}
