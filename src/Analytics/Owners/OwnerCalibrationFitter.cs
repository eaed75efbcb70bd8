using Microsoft.ML;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Fits what needs tickets a model did not learn from: the product prior's weight, the calibration of confidences,
/// the abstain and out-of-scope thresholds, and the held-out figures; on the newest training tickets, or out of fold
/// on small data.
/// </summary>
internal static class OwnerCalibrationFitter
{
    /// <summary>Tickets scored by a model fitted without them, and when that model's newest ticket was created.</summary>
    public sealed record ScoredSlice(
        OwnerFittedStage Stage, DateTime NewestFitted, IReadOnlyList<OwnerTrainingExample> Examples, IReadOnlyList<PreparedTicket> Prepared);

    /// <summary>Scores held-out tickets with models fitted without them and fits everything that needs unseen data.</summary>
    public static HeldOutCalibration OnSlices(
        IReadOnlyList<ScoredSlice> slices, NewOwnerRate newOwners, OwnerClassifierOptions options, CancellationToken cancellationToken)
    {
        var raw = new List<double[]>();
        var truth = new List<int>();
        var ages = new List<double>();
        var sliceOf = new List<int>();
        for (var s = 0; s < slices.Count; s++)
        {
            var slice = slices[s];
            var ownerIndex = slice.Stage.Scorer.Owners.Select((owner, i) => (owner, i)).ToDictionary(p => p.owner, p => p.i, StringComparer.Ordinal);
            for (var i = 0; i < slice.Examples.Count; i++)
            {
                if (i % 256 == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                raw.Add(slice.Stage.Scorer.Score(slice.Prepared[i]).Probabilities);
                truth.Add(ownerIndex.GetValueOrDefault(slice.Examples[i].Owner, -1));
                ages.Add(OwnerClassifier.AgeDays(slice.Examples[i].CreatedAt, slice.NewestFitted));
                sliceOf.Add(s);
            }
        }
        var examples = slices.SelectMany(slice => slice.Examples).ToList();
        var prepared = slices.SelectMany(slice => slice.Prepared).ToList();

        // The product prior factor with the lowest held-out log-loss (owners never seen score as misses).
        List<double[]> WithPrior(double factor) => ApplyPrior(raw, examples, i => slices[sliceOf[i]].Stage.Prior.WithFactor(factor));
        var factor = options.ProductPriorFactors.Count == 0 ? 1.0 : options.ProductPriorFactors
            .Select(f => (Factor: f, Loss: LogLoss(WithPrior(f), truth)))
            .OrderBy(p => p.Loss)
            .First().Factor;
        var adjusted = WithPrior(factor);

        var topIndex = adjusted.Select(p => OwnerClassifier.TopIndices(p, 1)[0]).ToList();
        var topCorrect = topIndex.Select((t, i) => t == truth[i]).ToList();
        // Tickets of owners the fitted part never saw are the new-owner share's to explain, not the temperature's.
        var calibrator = ProbabilityCalibrator.Fit(Enumerable.Range(0, adjusted.Count)
            .Where(i => truth[i] >= 0)
            .Select(i => ((IReadOnlyList<double>)adjusted[i], topCorrect[i], ages[i]))
            .ToList()).WithNewOwners(newOwners);
        var calibrated = adjusted.Select((p, i) => calibrator.Apply(p, ages[i])).ToList();
        var confidence = calibrated.Select((p, i) => p[topIndex[i]]).ToList();

        var targetOnSlice = AbstentionThreshold.TargetOnSlice(
            options.TargetPrecision, truth.Count(t => t < 0), truth.Count, ages.Count == 0 ? 0 : ages.Average(newOwners.ShareAt));
        var choice = options.AbstainThreshold is { } fixedThreshold
            ? new AbstentionChoice(fixedThreshold, true)
            : AbstentionThreshold.Choose(
                confidence.Select((c, i) => (c, topCorrect[i])).ToList(), targetOnSlice, z: options.ThresholdMarginZ,
                // The calibrated confidences already expect the new owners, so they are held to the plain target.
                promisedPrecision: options.TargetPrecision);
        var threshold = choice.Threshold;
        var unknownShares = prepared.Select((p, i) => slices[sliceOf[i]].Stage.Vocabulary.UnknownShare(p.AllTokens).UnknownShare).ToList();
        var outOfScopeThreshold = OutOfScopeDetector.FitThreshold(unknownShares, options.OutOfScopeQuantile, options.OutOfScopeCeiling, options.OutOfScopeFloor);

        var detectors = slices.Select(slice => new OutOfScopeDetector(slice.Stage.Vocabulary, outOfScopeThreshold)).ToList();

        var cases = new List<OwnerEvaluationCase>(examples.Count);
        for (var i = 0; i < examples.Count; i++)
        {
            var owners = slices[sliceOf[i]].Stage.Scorer.Owners;
            var ranked = OwnerClassifier.TopIndices(calibrated[i], 3).Select(o => owners[o]).ToList();
            var abstained = detectors[sliceOf[i]].Check(prepared[i].AllTokens).OutOfScope || confidence[i] < threshold;
            cases.Add(new OwnerEvaluationCase(examples[i].Owner, ranked, confidence[i], abstained));
        }
        var uncalibratedEce = OwnerEvaluation.ExpectedCalibrationError(
            adjusted.Select((p, i) => (p[topIndex[i]], topCorrect[i])).ToList());
        return new HeldOutCalibration(factor, calibrator, threshold, outOfScopeThreshold, OwnerEvaluation.Evaluate(cases), uncalibratedEce, choice.ReachesTarget);
    }

    /// <summary>Folds of <see cref="OutOfFold"/>: each fit sees four fifths of the tickets.</summary>
    public const int Folds = 5;

    /// <summary>
    /// Under <see cref="OwnerClassifierOptions.CrossFitBelow"/> validation tickets the newest slice is too few to
    /// calibrate on: the chosen pipeline is fitted on four fifths of all training tickets five times (every fifth
    /// ticket left out in turn, so each fold spans the whole period) and the temperature, Platt step, threshold,
    /// product prior factor and out-of-scope threshold are fitted on what each left out. The trade-off: those tickets
    /// are no newer than the fits, so no aging is fitted (a few hundred tickets could not show it anyway) and no
    /// new-owner share applies to them.
    /// </summary>
    public static HeldOutCalibration OutOfFold(
        MLContext ml, OwnerPipelineSpec spec, List<OwnerTrainingExample> ordered, List<PreparedTicket> prepared,
        OwnerClassifierOptions options, CancellationToken cancellationToken)
    {
        var slices = new List<ScoredSlice>(Folds);
        for (var fold = 0; fold < Folds; fold++)
        {
            var fitIndices = Enumerable.Range(0, ordered.Count).Where(i => i % Folds != fold).ToList();
            var leftOut = Enumerable.Range(0, ordered.Count).Where(i => i % Folds == fold).ToList();
            var fitExamples = fitIndices.Select(i => ordered[i]).ToList();
            if (fitExamples.Select(e => e.Owner).Distinct(StringComparer.Ordinal).Count() < 2)
                continue;
            var foldSpec = options.SizeToData ? OwnerPipelineSizing.For(spec, fitExamples.Count) : spec;
            var stage = OwnerStageFitter.Fit(ml, foldSpec, fitExamples, fitIndices.Select(i => prepared[i]).ToList(), options, cancellationToken);
            // Ages count as 0: the left-out tickets lie within the fitted period.
            slices.Add(new ScoredSlice(stage, DateTime.MaxValue, leftOut.Select(i => ordered[i]).ToList(), leftOut.Select(i => prepared[i]).ToList()));
        }
        return OnSlices(slices, NewOwnerRate.None, options, cancellationToken);
    }

    private static List<double[]> ApplyPrior(List<double[]> raw, IReadOnlyList<OwnerTrainingExample> examples, Func<int, ProductOwnerPrior> priorOf)
    {
        var result = new List<double[]>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var copy = (double[])raw[i].Clone();
            priorOf(i).Apply(copy, examples[i].Product);
            result.Add(copy);
        }
        return result;
    }

    /// <summary>Mean negative log-likelihood of the true owner, floored so one impossible owner does not dominate.</summary>
    private static double LogLoss(List<double[]> probabilities, List<int> truth)
    {
        const double floor = 1e-4;
        var known = Enumerable.Range(0, truth.Count).Where(i => truth[i] >= 0).ToList();
        return known.Count == 0 ? 0 : known.Average(i => -Math.Log(Math.Max(floor, probabilities[i][truth[i]])));
    }
}
