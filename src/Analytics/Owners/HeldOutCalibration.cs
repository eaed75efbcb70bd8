namespace Reporting.Analytics.Owners;

/// <summary>What a model's held-out tickets gave it: the prior's weight, the calibrator, the thresholds and the figures there.</summary>
internal sealed record HeldOutCalibration(
    double ProductPriorFactor, ProbabilityCalibrator Calibrator, double AbstainThreshold, double OutOfScopeThreshold,
    OwnerMetrics? Validation, double UncalibratedEce, bool ReachesTarget)
{
    public static HeldOutCalibration Uncalibrated(OwnerClassifierOptions options) => new(
        1.0, // without held-out evidence, leave the model's distribution alone
        ProbabilityCalibrator.Identity,
        options.AbstainThreshold ?? options.TargetPrecision,
        options.OutOfScopeCeiling,
        null,
        0,
        ReachesTarget: true);
}
