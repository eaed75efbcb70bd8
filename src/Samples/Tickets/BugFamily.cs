namespace Reporting.Samples;

/// <summary>
/// A recurring problem placed in time: when it is reported (day indexes, or exact instants for outages),
/// when fixes ship, and the stack trace every report of it shares.
/// </summary>
internal sealed record BugFamily(
    int Number,
    BugFamilyBlueprint Blueprint,
    ServiceProfile Service,
    FamilyPattern Pattern,
    string TraceText,
    IReadOnlyList<FamilyReport> Reports,
    IReadOnlyList<FamilyFix> Fixes,
    IReadOnlyList<Release> IntroducedBy)
{
    /// <summary>The first fix that ships after <paramref name="reportedAt"/>, if any.</summary>
    public FamilyFix? FixAfter(DateTime reportedAt) => Fixes.FirstOrDefault(f => f.At > reportedAt);
}
