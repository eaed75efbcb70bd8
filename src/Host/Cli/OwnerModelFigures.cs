using System.Globalization;
using Reporting.Analytics.Owners;

namespace Reporting.Host.Cli;

/// <summary>What owners train and owners evaluate both say about a trained model: the pipeline choice and its confidence.</summary>
public static class OwnerModelFigures
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static OwnerClassifierOptions Options(TriageFields fields) => new() { Fields = fields };

    public static string Fields(OwnerModelMetadata metadata) =>
        !metadata.Text.UseFieldsSetInTriage ? "text only (subject, body, product, channel)"
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
        new_owners_per_year = Math.Round(metadata.NewOwnersPerYear, 4),
        top_slope = Math.Round(metadata.TopConfidenceSlope, 4),
        top_intercept = Math.Round(metadata.TopConfidenceIntercept, 4),
        newest_ticket_at = metadata.NewestTicketAt,
    };

    public static void WriteSelection(OwnerModelMetadata metadata)
    {
        Console.WriteLine($"  pipeline {metadata.Pipeline.Name}, chosen on the newest {metadata.ValidationExampleCount:N0} training tickets; fields {Fields(metadata)}");
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
        // Under OwnerClassifierOptions.CrossFitBelow validation tickets, calibration used out-of-fold scores of all training tickets.
        var calibratedOn = metadata.Validation is { } v && v.Count > metadata.ValidationExampleCount
            ? string.Create(C, $"out-of-fold scores of all {v.Count:N0} training tickets (five folds: the newest were too few)")
            : "those tickets";
        Console.WriteLine(string.Create(C,
            $"  confidence calibrated on {calibratedOn} (temperature {metadata.Temperature:F2}, top-confidence slope {metadata.TopConfidenceSlope:F2}, intercept {metadata.TopConfidenceIntercept:F2})"));
        if (metadata.TemperatureAgingPerYear > 0)
        {
            Console.WriteLine(string.Create(C,
                $"  confidence falls for tickets filed after {metadata.NewestTicketAt:yyyy-MM-dd}, the newest learnt from (temperature ×{Math.Exp(metadata.TemperatureAgingPerYear):F2} a year): retrain once newer tickets are in"));
        }
        if (metadata.NewOwnersPerYear > 0)
        {
            Console.WriteLine(string.Create(C,
                $"  new owners: by the training history, {new NewOwnerRate(metadata.NewOwnersPerYear).ShareAt(365.25):P0} of the tickets a year on belong to an owner it never saw; every confidence is lowered by that share"));
        }
    }

    /// <summary>Says plainly when the model cannot answer any ticket at its target precision, instead of abstaining silently.</summary>
    public static void WriteConfidenceWarning(OwnerModelMetadata metadata)
    {
        if (!metadata.AnswersAtTarget)
        {
            var v = metadata.Validation;
            Console.WriteLine(string.Create(C,
                $"  warning: no share of the newest training tickets reached {metadata.TargetPrecision:P0} precision, so the model is not confident enough to promise it; it answers only where its calibrated confidence is at least {metadata.AbstainThreshold:P0} ({v?.Coverage ?? 0:P0} of those tickets, {v?.AccuracyAtCoverage ?? 0:P0} of them right) and marks the rest \"needs human triage\"; triage decisions teach the next model"));
        }
    }
}
