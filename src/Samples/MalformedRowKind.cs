namespace Reporting.Samples;

/// <summary>The ways a deliberately broken tickets.csv row is broken.</summary>
public enum MalformedRowKind
{
    /// <summary>A timestamp that is not a valid ISO-8601 UTC instant (e.g. month 13, "yesterday").</summary>
    BadTimestamp,

    /// <summary>A quoted field that is opened but never closed on its line; the rows after it are normal.</summary>
    UnbalancedQuote,

    /// <summary>A line break inside an unquoted field, so the row spans two physical lines.</summary>
    UnquotedLineBreak,

    /// <summary>Fewer than the 16 header fields.</summary>
    TooFewFields,

    /// <summary>More than the 16 header fields.</summary>
    TooManyFields,

    /// <summary>An empty ticket id.</summary>
    EmptyId,

    /// <summary>A status or priority outside the allowed values.</summary>
    UnknownEnumValue,
}
