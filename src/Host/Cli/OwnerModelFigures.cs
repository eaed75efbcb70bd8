using System.Globalization;
using Reporting.Analytics.Owners;

namespace Reporting.Host.Cli;

/// <summary>What owners train and owners evaluate both say about a trained model: the pipeline choice and its confidence.</summary>
public static class OwnerModelFigures
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static OwnerClassifierOptions Options(TriageFields fields) => new() { Fields = fields };

    public static string Fields(OwnerModelMetadata metadata) =>
        // The SVM alone reads one bag of words, whatever the text options say about fields.
        metadata.Pipeline.DecidedBySvmAlone ? "words only (subject and body as one bag; the product through its usual owners)"
        : !metadata.Text.UseFieldsSetInTriage ? "text only (subject, body, product, channel)"
        : metadata.Text.FieldsAsFiled ? "as filed (subject, body, product, channel; priority, type, tags rolled back to filing)"
        : "as exported (with priority, type, tags as triagers left them)";

    public static IEnumerable<object> Candidates(OwnerModelMetadata metadata) => metadata.Comparison.Select(c => new
    {
        name = c.Name,
        validation = new { top1 = Math.Round(c.Validation.Top1, 4), top3 = Math.Round(c.Validation.Top3, 4), macro_f1 = Math.Round(c.Validation.MacroF1, 4) },
        selection_score = Math.Round(OwnerPipelineSelector.SelectionScore(c.Validation), 4),
        train_seconds = c.TrainingSeconds,
        train_cpu_seconds = c.TrainingCpuSeconds,
    });

    /// <summary>How confidences are calibrated: the temperature, how it grows as the model ages, the top confidence's Platt step.</summary>
    public static object Calibration(OwnerModelMetadata metadata) => new
    {
        temperature = Math.Round(metadata.Temperature, 4),
        aging_per_year = Math.Round(metadata.TemperatureAgingPerYear, 4),
        new_owner_rate_per_year = Math.Round(metadata.NewOwnerTicketRatePerYear, 4),
        new_owner_share_at_one_year = Math.Round(new NewOwnerRate(metadata.NewOwnerTicketRatePerYear).ShareAfterOneYear, 4),
        calibrated_on = CalibratedOn(metadata),
        top_slope = Math.Round(metadata.TopConfidenceSlope, 4),
        top_intercept = Math.Round(metadata.TopConfidenceIntercept, 4),
        newest_ticket_at = metadata.NewestTicketAt,
    };

    public static void WriteSelection(OwnerModelMetadata metadata)
    {
        Console.WriteLine($"  pipeline {metadata.Pipeline.Name}, chosen on the newest {metadata.ValidationExampleCount:N0} training tickets; fields {Fields(metadata)}");
        var svmReads = $"one bag of the ticket's words{(metadata.Pipeline.MarginBlendCharacterGrams ? " and their character 3–5-grams" : "")}";
        if (metadata.Pipeline.DecidedBySvmAlone)
            Console.WriteLine($"  the SVM alone: each probability from a linear SVM on {svmReads} (the pipeline's maxent is fitted, not heard; fields other than the product are not read)");
        else if (metadata.Pipeline.MarginBlendWeight > 0)
            Console.WriteLine(string.Create(C, $"  blended: {1 - metadata.Pipeline.MarginBlendWeight:P0} of each probability from the pipeline, {metadata.Pipeline.MarginBlendWeight:P0} from a linear SVM on {svmReads}"));
        if (metadata.Comparison.Count > 1)
        {
            // "+fields" names run past the catalogue's longest: the column fits the longest name shown.
            var width = metadata.Comparison.Max(c => c.Name.Length);
            foreach (var c in metadata.Comparison)
            {
                Console.WriteLine(string.Create(C,
                    $"    {(c.Name == metadata.Pipeline.Name ? "*" : " ")} {c.Name.PadRight(width)}  validation top-1 {c.Validation.Top1:F3}  top-3 {c.Validation.Top3:F3}  macro-F1 {c.Validation.MacroF1:F3}  ({c.TrainingSeconds:F1} s)"));
            }
        }
        Console.WriteLine(string.Create(C,
            $"  confidence calibrated on {CalibratedOn(metadata)} (temperature {metadata.Temperature:F2}, top-confidence slope {metadata.TopConfidenceSlope:F2}, intercept {metadata.TopConfidenceIntercept:F2})"));
        if (metadata.TemperatureAgingPerYear > 0)
        {
            Console.WriteLine(string.Create(C,
                $"  confidence falls for tickets filed after {metadata.NewestTicketAt:yyyy-MM-dd}, the newest learnt from (temperature ×{Math.Exp(metadata.TemperatureAgingPerYear):F2} a year): retrain once newer tickets are in"));
        }
        if (metadata.NewOwnerTicketRatePerYear > 0)
        {
            var rate = new NewOwnerRate(metadata.NewOwnerTicketRatePerYear);
            Console.WriteLine(string.Create(C,
                $"  new owners: going by the training history, about {rate.ShareAfterOneYear:P0} of the tickets filed a year after {metadata.NewestTicketAt:yyyy-MM-dd} (the newest learnt from) go to an owner this model never saw; each confidence is lowered by that expected share at the ticket's age (none at that date, {rate.ShareAt(ProbabilityCalibrator.MaxAgeDays):P0} from two years on)"));
        }
    }

    /// <summary>Which held-out tickets the confidence and threshold were fitted on, in words.</summary>
    public static string CalibratedOn(OwnerModelMetadata metadata) =>
        metadata.CalibrationFolds > 0
            ? string.Create(C, $"all {metadata.TrainingExampleCount:N0} training tickets, each scored by a model fitted without it ({metadata.CalibrationFolds} folds: the newest {metadata.ValidationExampleCount:N0} are too few)")
            : string.Create(C, $"the newest {metadata.ValidationExampleCount:N0} training tickets");

    /// <summary>
    /// How many held-out tickets a model answered and how many of those rightly, and its calibration error: one line.
    /// With <paramref name="targetPrecision"/>, the precision the threshold was set for stands beside the realised one,
    /// so a reader sees the gap without looking it up.
    /// </summary>
    public static string Answers(OwnerMetrics m, double? targetPrecision = null) => (m.Coverage > 0
        ? string.Create(C, $"  answers {m.Coverage:P0} of those tickets (confidence above the abstain threshold), {m.AccuracyAtCoverage:P0} of them right{Target(targetPrecision)}; expected calibration error {m.ExpectedCalibrationError:F3}")
        : string.Create(C, $"  answers none of those tickets (no confidence reached the abstain threshold); expected calibration error {m.ExpectedCalibrationError:F3}"))
        + ChanceFloor(m);

    /// <summary>" (target 80 %)" beside a realised precision, or nothing when no target is given.</summary>
    private static string Target(double? targetPrecision) =>
        targetPrecision is { } t ? string.Create(C, $" (target {t:P0})") : "";

    /// <summary>On few tickets even a perfectly calibrated model shows an error: said when it is large enough to matter (≥ 0.01).</summary>
    private static string ChanceFloor(OwnerMetrics m) => m.ExpectedCalibrationErrorFloor >= OwnerEvaluation.FloorWorthSaying
        ? string.Create(C, $" (chance alone gives {m.ExpectedCalibrationErrorFloor:F3} on {m.Count:N0} tickets)")
        : "";

    /// <summary>"12 % of those tickets, 74 % of them right", or "none of those tickets" when nothing was answered ("0 % right" of nothing misleads).</summary>
    private static string AnsweredShare(double coverage, double accuracy) =>
        coverage > 0 ? string.Create(C, $"{coverage:P0} of those tickets, {accuracy:P0} of them right") : "none of those tickets";

    /// <summary>Says plainly when the model cannot answer any ticket at its target precision, instead of abstaining silently.</summary>
    public static void WriteConfidenceWarning(OwnerModelMetadata metadata)
    {
        if (!metadata.AnswersAtTarget)
        {
            var v = metadata.Validation;
            Console.WriteLine(string.Create(C,
                $"  warning: no share of {CalibratedOn(metadata)} reached {metadata.TargetPrecision:P0} precision, so the model is not confident enough to promise it; it answers only where its calibrated confidence is at least {metadata.AbstainThreshold:P0} ({AnsweredShare(v?.Coverage ?? 0, v?.AccuracyAtCoverage ?? 0)}) and marks the rest \"needs human triage\"; triage decisions teach the next model"));
        }
    }
}
