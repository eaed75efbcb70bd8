namespace Reporting.Analytics.Owners;

/// <summary>
/// The abstain threshold and whether it reached the target precision on held-out tickets. When it did not, the model
/// is not confident enough to answer any ticket at the target: every suggestion is shown as needing human triage,
/// which users are told rather than left to notice.
/// </summary>
public sealed record AbstentionChoice(double Threshold, bool ReachesTarget);
