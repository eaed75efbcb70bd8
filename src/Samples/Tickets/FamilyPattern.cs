namespace Reporting.Samples;

/// <summary>How reports of a recurring problem spread over time.</summary>
internal enum FamilyPattern
{
    /// <summary>A burst that decays after the problem appears and is fixed.</summary>
    Fade,

    /// <summary>Starts a day or two after a release that introduced it, decays after the fix release.</summary>
    Regression,

    /// <summary>Reports keep increasing until the end of the period; not fixed yet.</summary>
    Grow,

    /// <summary>Fixed, quiet for weeks, then a later release brings it back.</summary>
    Comeback,

    /// <summary>A short outage: many reports within a few hours.</summary>
    Outage,

    /// <summary>A low, steady trickle that nobody fixes.</summary>
    Chronic,
}
