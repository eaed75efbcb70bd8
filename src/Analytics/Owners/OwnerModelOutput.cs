using Microsoft.ML.Data;

namespace Reporting.Analytics.Owners;

/// <summary>What the classifier reads back from ML.NET: per-owner scores and the feature vector (for explanations).</summary>
internal sealed class OwnerModelOutput
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];

    [ColumnName("Features")]
    public VBuffer<float> Features { get; set; }
}
