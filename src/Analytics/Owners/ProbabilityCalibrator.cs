namespace Reporting.Analytics.Owners;

/// <summary>
/// Temperature scaling of a probability vector: q_i ∝ p_i^(1/T). It keeps the ranking of owners and
/// only sharpens (T &lt; 1) or flattens (T &gt; 1) the distribution, so one parameter fitted on a small
/// held-out slice is enough and cannot overfit the ranking.
/// T is fitted on the held-out slice by minimising the log-loss of "the top suggestion is right"
/// against the top-1 confidence, on tickets of owners the model knows.
/// A model also gets worse as it ages (new wording, owners' work moving): the temperature grows with the ticket's age past the
/// newest training ticket, T(age) = T · e^(aging · years), aging ≥ 0 fitted on how the held-out slice's accuracy
/// falls with its own age. On the shared Jira data the newest quarter of the test part is 15 points less accurate than
/// the oldest, which one fixed temperature cannot follow.
/// Last, every owner's probability is lowered by the expected share of tickets for owners the model never saw
/// (<see cref="NewOwnerRate"/>): the rest is "an owner not in the model", so the temperature is fitted on tickets of
/// known owners only.
/// </summary>
public sealed class ProbabilityCalibrator
{
    private const double MinLogTemperature = -3.0; // T ≈ 0.05
    private const double MaxLogTemperature = 3.0;  // T ≈ 20
    private const double Epsilon = 1e-9;
    private const double MaxAgingPerYear = 3.0;
    private const double DaysPerYear = 365.25;

    /// <summary>
    /// Aging is not extrapolated past two years: the fit sees a held-out slice of months, and a warehouse of old tickets
    /// asked about a new one (the shared Jira export ends in 2017) would otherwise flatten every answer to nothing.
    /// </summary>
    public const double MaxAgeDays = 730;

    /// <summary>Held-out slices spanning less than this are too short to see a model age.</summary>
    private const double MinAgeSpanDays = 28;

    public ProbabilityCalibrator(double temperature, double agingPerYear = 0, TopConfidenceScaling? top = null, NewOwnerRate? newOwners = null)
    {
        Top = top ?? TopConfidenceScaling.Identity;
        NewOwners = newOwners ?? NewOwnerRate.None;
        if (!(temperature > 0) || double.IsInfinity(temperature))
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "Temperature must be positive and finite.");
        if (!(agingPerYear >= 0) || double.IsInfinity(agingPerYear))
            throw new ArgumentOutOfRangeException(nameof(agingPerYear), agingPerYear, "Aging must be zero or positive and finite.");
        Temperature = temperature;
        AgingPerYear = agingPerYear;
    }

    public double Temperature { get; }

    /// <summary>How fast the temperature grows with a ticket's age past the newest training ticket (per year, log scale).</summary>
    public double AgingPerYear { get; }

    /// <summary>The scaling of the top owner's confidence after the temperature.</summary>
    public TopConfidenceScaling Top { get; }

    /// <summary>How fast tickets for owners never seen arrive; their expected share is taken off every owner last.</summary>
    public NewOwnerRate NewOwners { get; }

    /// <summary>This calibration with the new-owner share taken off last.</summary>
    public ProbabilityCalibrator WithNewOwners(NewOwnerRate newOwners) => new(Temperature, AgingPerYear, Top, newOwners);

    /// <summary>The temperature for a ticket this many days newer than the newest training ticket (older ones count as 0).</summary>
    public double TemperatureAt(double ageDays) =>
        AgingPerYear == 0 ? Temperature : Temperature * Math.Exp(AgingPerYear * Math.Clamp(ageDays, 0, MaxAgeDays) / DaysPerYear);

    public static ProbabilityCalibrator Identity { get; } = new(1.0);

    /// <summary>Fits the temperature on held-out probability vectors and whether their top owner was right.</summary>
    public static ProbabilityCalibrator Fit(IReadOnlyList<(IReadOnlyList<double> Probabilities, bool TopIsCorrect)> heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        return Fit(heldOut.Select(h => (h.Probabilities, h.TopIsCorrect, 0.0)).ToList());
    }

    /// <summary>
    /// Fits the temperature and its aging on held-out probability vectors, whether their top owner was right, and each
    /// ticket's age in days past the newest ticket the model was fitted on. Aging stays 0 when the slice spans under four weeks.
    /// </summary>
    public static ProbabilityCalibrator Fit(IReadOnlyList<(IReadOnlyList<double> Probabilities, bool TopIsCorrect, double AgeDays)> heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        if (heldOut.Count == 0)
            return Identity;

        // Only the top probability and the log-ratios to it matter; precompute them once.
        var rows = heldOut.Select(h => (LogRatios: LogRatiosToTop(h.Probabilities), h.TopIsCorrect, Years: Math.Max(0, h.AgeDays) / DaysPerYear)).ToList();
        var logT = FitLogTemperature(rows, aging: 0);
        if (rows.Max(r => r.Years) - rows.Min(r => r.Years) < MinAgeSpanDays / DaysPerYear)
            return WithTopScaling(new ProbabilityCalibrator(Math.Exp(logT)), heldOut);

        // Coordinate descent: aging given the temperature, then the temperature given the aging; both losses are smooth.
        var aging = 0.0;
        for (var round = 0; round < 3; round++)
        {
            var currentLogT = logT;
            aging = GoldenSection.Minimum(a => Loss(rows, currentLogT, a), 0, MaxAgingPerYear);
            logT = FitLogTemperature(rows, aging);
        }
        // The boundary is a valid optimum: no visible aging means none is assumed.
        if (Loss(rows, logT, 0) <= Loss(rows, logT, aging))
            aging = 0;
        return WithTopScaling(new ProbabilityCalibrator(Math.Exp(logT), aging < 1e-3 ? 0 : aging), heldOut);
    }

    /// <summary>Fits the top confidence's scaling on what the temperature (and aging) alone gives.</summary>
    private static ProbabilityCalibrator WithTopScaling(
        ProbabilityCalibrator scaled, IReadOnlyList<(IReadOnlyList<double> Probabilities, bool TopIsCorrect, double AgeDays)> heldOut)
    {
        var top = TopConfidenceScaling.Fit(heldOut
            .Select(h => (Confidence: h.Probabilities.Count == 0 ? 0 : scaled.Apply(h.Probabilities, h.AgeDays).Max(), Correct: h.TopIsCorrect))
            .ToList());
        return new ProbabilityCalibrator(scaled.Temperature, scaled.AgingPerYear, top);
    }

    private static double Loss(List<(double[] LogRatios, bool TopIsCorrect, double Years)> rows, double logT, double aging) =>
        rows.Average(r => TopLogLoss(r.LogRatios, Math.Exp(logT + aging * r.Years), r.TopIsCorrect));

    private static double FitLogTemperature(List<(double[] LogRatios, bool TopIsCorrect, double Years)> rows, double aging)
    {
        double Loss(double logT) => ProbabilityCalibrator.Loss(rows, logT, aging);

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
        return GoldenSection.Minimum(Loss, Math.Max(MinLogTemperature, best - step), Math.Min(MaxLogTemperature, best + step));
    }

    /// <summary>Returns the scaled distribution for a ticket <paramref name="ageDays"/> past the training data; zero probabilities stay zero.</summary>
    public double[] Apply(IReadOnlyList<double> probabilities, double ageDays = 0)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var temperature = TemperatureAt(ageDays);
        var result = new double[probabilities.Count];
        var max = double.NegativeInfinity;
        for (var i = 0; i < result.Length; i++)
        {
            var p = probabilities[i];
            result[i] = p > 0 ? Math.Log(p) / temperature : double.NegativeInfinity;
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
        Top.Apply(result);
        var known = 1 - NewOwners.ShareAt(ageDays);
        if (known < 1)
        {
            for (var i = 0; i < result.Length; i++)
                result[i] *= known;
        }
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
}
