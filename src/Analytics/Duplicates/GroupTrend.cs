namespace Reporting.Analytics.Duplicates;

/// <summary>Where a recurring bug group is heading, from its weekly ticket counts.</summary>
public enum GroupTrend
{
    /// <summary>First seen within the last few weeks.</summary>
    New,

    /// <summary>Clearly more tickets in the recent window than in the one before.</summary>
    Growing,

    /// <summary>Neither clearly more nor clearly fewer.</summary>
    Steady,

    /// <summary>Clearly fewer tickets recently, or none at all in the recent window.</summary>
    Fading,

    /// <summary>Back after a quiet period of several weeks: a fix may not have held.</summary>
    Regressed,
}
