namespace Reporting.Analytics.Owners;

/// <summary>
/// Everything besides the ML.NET model that a saved owner classifier needs or reports:
/// owners, calibration, thresholds, vocabulary statistics, validation and evaluation figures.
/// </summary>
public sealed record OwnerModelMetadata
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;
    public string ModelId { get; init; } = "";
    public DateTime TrainedAtUtc { get; init; }
    public OwnerPipelineSpec Pipeline { get; init; } = OwnerPipelineCatalog.Default;
    public TextNormalizationOptions Text { get; init; } = TextNormalizationOptions.Default;
    public IReadOnlyList<string> Owners { get; init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OwnersByProduct { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public double ProductPriorFactor { get; init; } = 1;
    public double Temperature { get; init; } = 1;
    public double TargetPrecision { get; init; }
    public double AbstainThreshold { get; init; }
    public double OutOfScopeThreshold { get; init; }
    public int VocabularySize { get; init; }
    public int VocabularyMinDocumentFrequency { get; init; }
    public int VocabularyDocumentCount { get; init; }
    public int FeatureCount { get; init; }
    public int TrainingExampleCount { get; init; }
    public int FitExampleCount { get; init; }
    public int ValidationExampleCount { get; init; }
    public double TrainingSeconds { get; init; }

    /// <summary>Processor time of the whole process during training: unlike wall time, it does not grow when the machine is shared.</summary>
    public double TrainingCpuSeconds { get; init; }
    public OwnerMetrics? Validation { get; init; }
    public double ValidationUncalibratedEce { get; init; }
    public IReadOnlyList<PipelineCandidateResult> Comparison { get; init; } = [];
    public OwnerEvaluationReport? Evaluation { get; init; }
}
