namespace Reporting.Reports.Documents;

/// <summary>
/// A table column's width: fixed points, or a relative share of what the fixed columns leave.
/// </summary>
public sealed record ColumnWidth
{
    private ColumnWidth(float value, bool isFixed)
    {
        if (!float.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A column width must be a positive number.");
        }

        Value = value;
        IsFixed = isFixed;
    }

    public float Value { get; }

    public bool IsFixed { get; }

    public static ColumnWidth Fixed(float points) => new(points, isFixed: true);

    public static ColumnWidth Relative(float weight = 1f) => new(weight, isFixed: false);
}
