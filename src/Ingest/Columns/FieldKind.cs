namespace Reporting.Ingest.Columns;

/// <summary>How a column's text becomes a field's value.</summary>
public enum FieldKind
{
    /// <summary>A name or identifier, trimmed.</summary>
    Name,

    /// <summary>Free text, kept as it is.</summary>
    Text,

    /// <summary>A value from a small vocabulary: mapped by the value map, else trimmed and lower-cased.</summary>
    Code,

    /// <summary>A date and time, read with the mapping's date formats, culture and time zone.</summary>
    Timestamp,

    /// <summary>Items separated by the list separators; every column read into the field adds its items.</summary>
    List,

    /// <summary>Seconds, or hours and minutes as h:mm[:ss].</summary>
    Duration,

    /// <summary>A number of minutes.</summary>
    Minutes,
}
