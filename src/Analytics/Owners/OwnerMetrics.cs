namespace Reporting.Analytics.Owners;

/// <summary>
/// Quality figures of owner suggestions on one evaluation set. Accuracy figures ignore
/// abstention; <see cref="Coverage"/> and <see cref="AccuracyAtCoverage"/> describe it.
/// </summary>
public sealed record OwnerMetrics(
    int Count,
    double Top1,
    double Top3,
    double MacroF1,
    int LabelCount,
    double Coverage,
    double AccuracyAtCoverage,
    double ExpectedCalibrationError);
