namespace Reporting.Analytics.Owners;

/// <summary>
/// A model's figures on one held-out set. <see cref="EvaluationSetId"/> identifies the set
/// (tickets and owners), so two models are only compared on the same tickets.
/// </summary>
public sealed record OwnerEvaluationReport(
    string EvaluationSetId,
    OwnerMetrics Metrics,
    double UncalibratedExpectedCalibrationError,
    double MicrosecondsPerPrediction);
