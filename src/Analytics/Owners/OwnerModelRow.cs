using Microsoft.ML.Data;

namespace Reporting.Analytics.Owners;

/// <summary>
/// The row ML.NET sees: normalised subject and body text, the structured fields as "name:value"
/// words, the owner as a 0-based index into the owner list (a key column for ML.NET) and an example weight.
/// </summary>
internal sealed class OwnerModelRow
{
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string Meta { get; set; } = "";
    public uint Label { get; set; }
    public float Weight { get; set; } = 1f;

    /// <summary>The label is a key type whose size is only known at run time.</summary>
    public static SchemaDefinition SchemaFor(int ownerCount)
    {
        var definition = SchemaDefinition.Create(typeof(OwnerModelRow));
        definition[nameof(Label)].ColumnType = new KeyDataViewType(typeof(uint), ownerCount);
        return definition;
    }
}
