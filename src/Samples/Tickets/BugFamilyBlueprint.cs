namespace Reporting.Samples;

/// <summary>
/// A recurring problem as engineers know it: the service, a distinctive error code and message
/// ({id}, {amount} and {n} are filled per report), ways customers describe it and what they were doing.
/// Severe problems produce incidents and urgent tickets.
/// </summary>
internal sealed record BugFamilyBlueprint(
    string Service,
    string Code,
    string Message,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<string> Actions,
    bool Severe = false);
