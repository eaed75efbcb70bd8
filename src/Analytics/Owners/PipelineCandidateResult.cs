namespace Reporting.Analytics.Owners;

/// <summary>
/// One compared pipeline: its validation figures (the newest slice of the training part, used to choose),
/// how long training took, and optionally its figures on a later test set (reported, never used to choose).
/// </summary>
public sealed record PipelineCandidateResult(
    string Name,
    OwnerPipelineSpec Pipeline,
    OwnerMetrics Validation,
    double ValidationUncalibratedEce,
    double TrainingSeconds,
    double TrainingCpuSeconds,
    int FeatureCount,
    string? Failure = null,
    OwnerEvaluationReport? Test = null);
