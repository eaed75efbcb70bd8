namespace Reporting.Analytics.Owners;

/// <summary>
/// Everything besides the ML.NET model that a saved owner classifier needs or reports:
/// owners, calibration, thresholds, vocabulary statistics, validation and evaluation figures.
/// </summary>
public sealed record OwnerModelMetadata
{
    /// <summary>
    /// 2: fields set in triage became optional (<see cref="TextNormalizationOptions.UseFieldsSetInTriage"/>); version 1 models used them.
    /// 3: a blended SVM (<see cref="OwnerPipelineSpec.MarginBlendWeight"/>), which older code cannot read: only blended models are
    /// written as 3, the others as 2.
    /// 4: the blended SVM reads character n-grams too (<see cref="OwnerPipelineSpec.MarginBlendCharacterGrams"/>); only
    /// such models are written as 4.
    /// </summary>
    public const int CurrentFormatVersion = 4;

    /// <summary>The oldest format that can hold a model of <paramref name="pipeline"/>, so that older builds still read the rest.</summary>
    public static int FormatFor(OwnerPipelineSpec pipeline) =>
        pipeline.MarginBlendWeight <= 0 ? 2
        : pipeline.MarginBlendCharacterGrams ? 4
        : 3;

    public int FormatVersion { get; init; } = CurrentFormatVersion;
    public string ModelId { get; init; } = "";
    public DateTime TrainedAtUtc { get; init; }
    public OwnerPipelineSpec Pipeline { get; init; } = OwnerPipelineCatalog.Default;
    public TextNormalizationOptions Text { get; init; } = TextNormalizationOptions.Default;
    public IReadOnlyList<string> Owners { get; init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OwnersByProduct { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public double ProductPriorFactor { get; init; } = 1;
    public double Temperature { get; init; } = 1;

    /// <summary>How fast the temperature grows with a ticket's age past <see cref="NewestTicketAt"/> (<see cref="ProbabilityCalibrator.AgingPerYear"/>); 0 in older models.</summary>
    public double TemperatureAgingPerYear { get; init; }

    /// <summary>How fast tickets for owners never seen arrive (<see cref="NewOwnerRate.PerYear"/>, a rate, not a count of owners); 0 in older models.</summary>
    public double NewOwnerTicketRatePerYear { get; init; }

    /// <summary>
    /// 0 when calibration, threshold and <see cref="Validation"/> come from the newest training tickets; the number of
    /// folds when they come from out-of-fold scores of all training tickets (<see cref="OwnerClassifierOptions.CrossFitBelow"/>).
    /// </summary>
    public int CalibrationFolds { get; init; }

    /// <summary>The top confidence's Platt scaling after the temperature (<see cref="TopConfidenceScaling"/>); 1 and 0 in older models.</summary>
    public double TopConfidenceSlope { get; init; } = 1;
    public double TopConfidenceIntercept { get; init; }

    /// <summary>When the newest ticket the model learned from was created: a ticket's age for calibration counts from here.</summary>
    public DateTime? NewestTicketAt { get; init; }
    public double TargetPrecision { get; init; }
    public double AbstainThreshold { get; init; }

    /// <summary>
    /// Whether some share of the held-out training tickets (the newest, or all out of fold: <see cref="CalibrationFolds"/>) reached <see cref="TargetPrecision"/>; when not, the model
    /// abstains on nearly every ticket and says so (owners train, the Leads page). Models saved before it was recorded
    /// read as answering.
    /// </summary>
    public bool AnswersAtTarget { get; init; } = true;
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
    /// <summary>Figures on the tickets calibration was fitted on (see <see cref="CalibrationFolds"/>); each candidate's newest-slice figures are in <see cref="Comparison"/>.</summary>
    public OwnerMetrics? Validation { get; init; }
    public double ValidationUncalibratedEce { get; init; }
    public IReadOnlyList<PipelineCandidateResult> Comparison { get; init; } = [];
    public OwnerEvaluationReport? Evaluation { get; init; }
}
