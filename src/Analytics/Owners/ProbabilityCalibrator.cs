namespace Reporting.Analytics.Owners;

/// <summary>
/// Temperature scaling of a probability vector: q_i ∝ p_i^(1/T). It keeps the ranking of owners and
/// only sharpens (T &lt; 1) or flattens (T &gt; 1) the distribution, so one parameter fitted on a small
/// held-out slice is enough and cannot overfit the ranking.
/// T is fitted on the held-out slice by minimising the log-loss of "the top suggestion is right"
/// against the top-1 confidence. Unlike the usual multiclass log-loss this also learns from
/// tickets whose owner the model has never seen (always wrong), which matters under drift.
/// </summary>
public sealed class ProbabilityCalibrator
{
    private const double MinLogTemperature = -3.0; // T ≈ 0.05
    private const double MaxLogTemperature = 3.0;  // T ≈ 20
    private const double Epsilon = 1e-9;

    public ProbabilityCalibrator(double temperature)
    {
        if (!(temperature > 0) || double.IsInfinity(temperature))
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "Temperature must be positive and finite.");
        Temperature = temperature;
    }

    public double Temperature { get; }

    public static ProbabilityCalibrator Identity { get; } = new(1.0);

    /// <summary>Fits the temperature on held-out probability vectors and whether their top owner was right.</summary>
    public static ProbabilityCalibrator Fit(IReadOnlyList<(IReadOnlyList<double> Probabilities, bool TopIsCorrect)> heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        if (heldOut.Count == 0)
            return Identity;

        // Only the top probability and the log-ratios to it matter; precompute them once.
        var rows = heldOut.Select(h => (LogRatios: LogRatiosToTop(h.Probabilities), h.TopIsCorrect)).ToList();
        double Loss(double logT) => rows.Average(r => TopLogLoss(r.LogRatios, Math.Exp(logT), r.TopIsCorrect));

        // Coarse grid, then golden-section search around the best grid point.
        const int gridSteps = 60;
        var step = (MaxLogTemperature - MinLogTemperature) / gridSteps;
        var best = 0.0;
        var bestLoss = double.PositiveInfinity;
        for (var i = 0; i <= gridSteps; i++)
        {
            var logT = MinLogTemperature + i * step;
            var loss = Loss(logT);
            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = logT;
            }
        }
        var refined = GoldenSectionMinimum(Loss, Math.Max(MinLogTemperature, best - step), Math.Min(MaxLogTemperature, best + step));
        return new ProbabilityCalibrator(Math.Exp(refined));
    }

    /// <summary>Returns the scaled distribution; zero probabilities stay zero.</summary>
    public double[] Apply(IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var result = new double[probabilities.Count];
        var max = double.NegativeInfinity;
        for (var i = 0; i < result.Length; i++)
        {
            var p = probabilities[i];
            result[i] = p > 0 ? Math.Log(p) / Temperature : double.NegativeInfinity;
            max = Math.Max(max, result[i]);
        }
        if (double.IsNegativeInfinity(max))
            return result.Select(_ => 0.0).ToArray();
        var sum = 0.0;
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = double.IsNegativeInfinity(result[i]) ? 0 : Math.Exp(result[i] - max);
            sum += result[i];
        }
        for (var i = 0; i < result.Length; i++)
            result[i] /= sum;
        return result;
    }

    private static double[] LogRatiosToTop(IReadOnlyList<double> probabilities)
    {
        var top = probabilities.Count == 0 ? 0 : probabilities.Max();
        if (top <= 0)
            return [];
        return probabilities.Where(p => p > 0).Select(p => Math.Log(p / top)).ToArray();
    }

    /// <summary>Binary log-loss of the top-1 confidence after scaling by temperature t.</summary>
    private static double TopLogLoss(double[] logRatios, double t, bool correct)
    {
        if (logRatios.Length == 0)
            return correct ? -Math.Log(Epsilon) : 0;
        // top confidence = 1 / Σ exp(logRatio / t), since the top's own ratio is 0.
        var denominator = 0.0;
        foreach (var r in logRatios)
            denominator += Math.Exp(r / t);
        var confidence = Math.Clamp(1.0 / denominator, Epsilon, 1 - Epsilon);
        return correct ? -Math.Log(confidence) : -Math.Log(1 - confidence);
    }

    private static double GoldenSectionMinimum(Func<double, double> f, double a, double b)
    {
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var c = b - ratio * (b - a);
        var d = a + ratio * (b - a);
        var fc = f(c);
        var fd = f(d);
        for (var i = 0; i < 40; i++)
        {
            if (fc < fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = f(c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = f(d);
            }
        }
        return (a + b) / 2;
    }
}
