using Microsoft.ML;
using Microsoft.ML.Data;

namespace Reporting.Analytics.Owners;

/// <summary>A joint-bag vector and its label's 0-based index, for the one-versus-all SVMs.</summary>
internal sealed class MarginRow
{
    public VBuffer<float> Features { get; set; }
    public uint Label { get; set; }

    public static SchemaDefinition SchemaFor(int featureCount, int labelCount)
    {
        var definition = SchemaDefinition.Create(typeof(MarginRow));
        definition[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        definition[nameof(Label)].ColumnType = new KeyDataViewType(typeof(uint), labelCount);
        return definition;
    }
}
