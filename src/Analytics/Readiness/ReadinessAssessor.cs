namespace Reporting.Analytics.Readiness;

/// <summary>Runs the six detectors on a ticket: the checklist, its score and the questions for what is missing.</summary>
public sealed class ReadinessAssessor
{
    public ReadinessAssessor()
        : this([
            new StepsToReproduceDetector(), new ExpectedVersusActualDetector(), new VersionOrBuildDetector(),
            new EnvironmentDetector(), new LogsOrStackTraceDetector(), new CustomerImpactDetector(),
        ])
    {
    }

    public ReadinessAssessor(IReadOnlyList<IReadinessDetector> detectors)
    {
        ArgumentNullException.ThrowIfNull(detectors);
        Detectors = detectors.OrderBy(d => d.Item).ToList();
    }

    public IReadOnlyList<IReadinessDetector> Detectors { get; }

    public ReadinessAssessment Assess(ReadinessTicket ticket)
    {
        var text = new ReadinessText(ticket);
        return new ReadinessAssessment(Detectors.Select(d => d.Check(text)).ToList());
    }
}
