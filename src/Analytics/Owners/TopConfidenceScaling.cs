namespace Reporting.Analytics.Owners;

/// <summary>
/// Platt scaling of the top owner's confidence after the temperature: logit(c') = slope · logit(c) + intercept, the
/// other owners rescaled to share the rest, so the ranking holds. One temperature moves every confidence the same way,
/// but on held-out tickets of the shared Jira data the reliability curve is flatter than the diagonal (confidences
/// of 0.15 right 20% of the time, of 0.95 right 74%): a slope below 1 is what fits it.
/// </summary>
public sealed record TopConfidenceScaling(double Slope, double Intercept)
{
    private const double Epsilon = 1e-6;

    /// <summary>Fewer held-out tickets than this leave the confidences alone: two parameters need evidence.</summary>
    public const int MinimumExamples = 100;

    public static TopConfidenceScaling Identity { get; } = new(1, 0);

    public bool IsIdentity => Slope == 1 && Intercept == 0;

    /// <summary>Fits slope and intercept by logistic regression (Newton's method, a light ridge toward the identity).</summary>
    public static TopConfidenceScaling Fit(IReadOnlyList<(double Confidence, bool Correct)> heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        if (heldOut.Count < MinimumExamples || heldOut.All(h => h.Correct) || heldOut.All(h => !h.Correct))
            return Identity;

        var x = heldOut.Select(h => Logit(h.Confidence)).ToArray();
        var y = heldOut.Select(h => h.Correct ? 1.0 : 0.0).ToArray();
        const double ridge = 1.0; // pulls toward slope 1, intercept 0: worth about one ticket
        double slope = 1, intercept = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            // Gradient and Hessian of the log-loss plus ridge·((slope-1)² + intercept²)/2.
            double gs = ridge * (slope - 1), gi = ridge * intercept, hss = ridge, hsi = 0, hii = ridge;
            for (var n = 0; n < x.Length; n++)
            {
                var p = Sigmoid(slope * x[n] + intercept);
                var residual = p - y[n];
                var w = p * (1 - p);
                gs += residual * x[n];
                gi += residual;
                hss += w * x[n] * x[n];
                hsi += w * x[n];
                hii += w;
            }
            var determinant = hss * hii - hsi * hsi;
            if (determinant <= 1e-12)
                break;
            var stepSlope = (hii * gs - hsi * gi) / determinant;
            var stepIntercept = (hss * gi - hsi * gs) / determinant;
            slope -= stepSlope;
            intercept -= stepIntercept;
            if (Math.Abs(stepSlope) + Math.Abs(stepIntercept) < 1e-9)
                break;
        }
        // A slope at or below 0 would invert the confidence order between tickets; such a fit is noise.
        return slope > 0 && double.IsFinite(intercept) ? new TopConfidenceScaling(slope, intercept) : Identity;
    }

    /// <summary>Rescales a probability distribution in place: the top owner gets the scaled confidence, the others share the rest.</summary>
    public void Apply(double[] distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        if (IsIdentity || distribution.Length == 0)
            return;
        var ranked = OwnerClassifier.TopIndices(distribution, 2);
        var (top, second) = (ranked[0], ranked.Count > 1 ? ranked[1] : -1);
        var confidence = distribution[top];
        if (confidence <= 0 || confidence >= 1)
            return;
        var scaled = Sigmoid(Slope * Logit(confidence) + Intercept);
        // The top stays on top: the runner-up grows by (1 - scaled) / (1 - confidence) and must not pass it.
        if (second >= 0)
        {
            var runnerUp = distribution[second];
            scaled = Math.Max(scaled, runnerUp / (1 - confidence + runnerUp));
        }
        var others = (1 - scaled) / (1 - confidence);
        for (var i = 0; i < distribution.Length; i++)
            distribution[i] = i == top ? scaled : distribution[i] * others;
        // At the bound the two are equal up to rounding; the top must not fall behind by a last bit.
        if (second >= 0 && distribution[second] > distribution[top])
            distribution[top] = distribution[second];
    }

    private static double Logit(double p)
    {
        var clamped = Math.Clamp(p, Epsilon, 1 - Epsilon);
        return Math.Log(clamped / (1 - clamped));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
