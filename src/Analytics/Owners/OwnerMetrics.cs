namespace Reporting.Analytics.Owners;

/// <summary>
/// Quality figures of owner suggestions on one evaluation set. Accuracy figures ignore
/// abstention; <see cref="Coverage"/> and <see cref="AccuracyAtCoverage"/> describe it.
/// <see cref="ExpectedCalibrationErrorFloor"/> is what a perfectly calibrated model would show on as many tickets with
/// the same confidences (<see cref="OwnerEvaluation.ExpectedCalibrationErrorFloor"/>): on a small test set an ECE
/// near it is chance, not miscalibration.
/// </summary>
public sealed record OwnerMetrics(
    int Count,
    double Top1,
    double Top3,
    double MacroF1,
    int LabelCount,
    double Coverage,
    double AccuracyAtCoverage,
    double ExpectedCalibrationError,
    double ExpectedCalibrationErrorFloor = 0);
