namespace Reporting.Analytics.Owners;

/// <summary>The outcome of <see cref="OwnerPipelineSelector.Compare"/>: every candidate's figures and the chosen classifier.</summary>
public sealed record OwnerPipelineComparison(
    IReadOnlyList<PipelineCandidateResult> Candidates,
    PipelineCandidateResult Chosen,
    OwnerClassifier Best,
    IReadOnlyDictionary<string, OwnerClassifier> TrainedByName);
