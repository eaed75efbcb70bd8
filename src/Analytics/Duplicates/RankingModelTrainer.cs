namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Fits a <see cref="RankingModel"/> as an L2-regularised logistic regression by Newton's method
/// (a handful of features, so the exact Hessian is cheap). Pointwise on purpose: the fitted
/// probabilities stay calibrated, which the clustering threshold relies on.
/// </summary>
public static class RankingModelTrainer
{
    /// <summary>
    /// Trains with sign constraints: features in <paramref name="nonNegative"/> must not get a negative
    /// weight. Correlated evidence (e.g. same fingerprint and shared frames) otherwise yields offsetting
    /// negative weights that read wrongly ("same crash counts against") and generalise worse. The most
    /// negative constrained feature is dropped and the model refitted until all signs hold.
    /// </summary>
    public static RankingModel TrainSignConstrained(
        IReadOnlyList<LabelledPair> examples,
        IReadOnlyCollection<PairFeature> features,
        IReadOnlyCollection<PairFeature> nonNegative,
        double l2 = 1.0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(nonNegative);
        var active = features.Distinct().ToList();
        while (true)
        {
            var model = Train(examples, active, l2, cancellationToken: cancellationToken);
            var worst = active
                .Where(f => nonNegative.Contains(f) && model.Weight(f) < 0)
                .OrderBy(model.Weight)
                .Select(f => (PairFeature?)f)
                .FirstOrDefault();
            if (worst is null)
            {
                return model;
            }

            active.Remove(worst.Value);
        }
    }

    public static RankingModel Train(
        IReadOnlyList<LabelledPair> examples,
        IReadOnlyCollection<PairFeature> features,
        double l2 = 1.0,
        int maxIterations = 50,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(features);
        if (examples.Count == 0 || !examples.Any(e => e.IsDuplicate) || examples.All(e => e.IsDuplicate))
        {
            throw new ArgumentException("Training needs both duplicate and non-duplicate pairs.", nameof(examples));
        }

        var columns = features.Distinct().Select(f => (int)f).ToArray();
        var size = columns.Length + 1; // last slot is the bias
        var weights = new double[size];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var gradient = new double[size];
            var hessian = new double[size, size];
            var row = new double[size];
            foreach (var example in examples)
            {
                for (var j = 0; j < columns.Length; j++)
                {
                    row[j] = example.Features[columns[j]];
                }

                row[^1] = 1;
                var z = 0.0;
                for (var j = 0; j < size; j++)
                {
                    z += weights[j] * row[j];
                }

                var p = RankingModel.Sigmoid(z);
                var error = p - (example.IsDuplicate ? 1 : 0);
                var curvature = Math.Max(p * (1 - p), 1e-9);
                for (var j = 0; j < size; j++)
                {
                    gradient[j] += error * row[j];
                    for (var k = 0; k <= j; k++)
                    {
                        hessian[j, k] += curvature * row[j] * row[k];
                    }
                }
            }

            for (var j = 0; j < size; j++)
            {
                for (var k = 0; k < j; k++)
                {
                    hessian[k, j] = hessian[j, k];
                }

                // The bias is not shrunk; the tiny ridge keeps the system solvable when a feature is constant.
                var ridge = j < columns.Length ? l2 : 1e-6;
                gradient[j] += ridge * weights[j];
                hessian[j, j] += ridge;
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var j = 0; j < size; j++)
            {
                weights[j] -= step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }

            if (change < 1e-7)
            {
                break;
            }
        }

        var result = new Dictionary<PairFeature, double>();
        for (var j = 0; j < columns.Length; j++)
        {
            result[(PairFeature)columns[j]] = weights[j];
        }

        return RankingModel.FromWeights(weights[^1], result);
    }

    /// <summary>Gaussian elimination with partial pivoting; the matrix is small and positive definite.</summary>
    private static double[] Solve(double[,] matrix, double[] vector)
    {
        var n = vector.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])vector.Clone();
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var r = column + 1; r < n; r++)
            {
                if (Math.Abs(a[r, column]) > Math.Abs(a[pivot, column]))
                {
                    pivot = r;
                }
            }

            if (pivot != column)
            {
                for (var c = 0; c < n; c++)
                {
                    (a[column, c], a[pivot, c]) = (a[pivot, c], a[column, c]);
                }

                (b[column], b[pivot]) = (b[pivot], b[column]);
            }

            for (var r = column + 1; r < n; r++)
            {
                var factor = a[r, column] / a[column, column];
                for (var c = column; c < n; c++)
                {
                    a[r, c] -= factor * a[column, c];
                }

                b[r] -= factor * b[column];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var c = r + 1; c < n; c++)
            {
                sum -= a[r, c] * x[c];
            }

            x[r] = sum / a[r, r];
        }

        return x;
    }
}
