namespace Reporting.Analytics.Readiness;

/// <summary>What readiness is judged from: the ticket's text and the fields that can carry an item (affected versions).</summary>
public sealed record ReadinessTicket(string Subject, string Body, IReadOnlyList<string> AffectedVersions)
{
    public ReadinessTicket(string subject, string body)
        : this(subject, body, [])
    {
    }
}
