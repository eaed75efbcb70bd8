namespace Reporting.Analytics.Owners;

/// <summary>The ML.NET multiclass trainers the owner classifier can use.</summary>
public enum OwnerTrainerKind
{
    SdcaMaximumEntropy,
    LbfgsMaximumEntropy,
    OneVersusAllLinearSvm,
    OneVersusAllAveragedPerceptron,
    OneVersusAllLogisticRegression,
    LightGbm,
}
