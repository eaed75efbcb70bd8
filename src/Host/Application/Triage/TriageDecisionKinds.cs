namespace Reporting.Host.Application.Triage;

/// <summary>What a triage decision says: the suggested owner accepted, another owner chosen, or a similar ticket marked as not a duplicate.</summary>
public static class TriageDecisionKinds
{
    public const string Accept = "accept";
    public const string Choose = "choose";
    public const string NotDuplicate = "not_duplicate";
}
