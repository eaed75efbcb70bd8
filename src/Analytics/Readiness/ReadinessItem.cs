namespace Reporting.Analytics.Readiness;

/// <summary>What a team needs in a ticket before it enters its backlog, in the order the checklist shows them.</summary>
public enum ReadinessItem
{
    StepsToReproduce,
    ExpectedVersusActual,
    VersionOrBuild,
    Environment,
    LogsOrStackTrace,
    CustomerImpact,
}
