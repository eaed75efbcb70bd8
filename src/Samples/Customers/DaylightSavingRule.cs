namespace Reporting.Samples;

/// <summary>
/// Daylight saving rules written out by hand: the tz database differs between machines and the sample
/// must be byte-identical everywhere.
/// </summary>
internal enum DaylightSavingRule
{
    None,

    /// <summary>Last Sunday of March to last Sunday of October (EU and UK).</summary>
    Europe,

    /// <summary>Second Sunday of March to first Sunday of November.</summary>
    UnitedStates,

    /// <summary>First Sunday of October to first Sunday of April (New South Wales).</summary>
    SouthEastAustralia,
}
