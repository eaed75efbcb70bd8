using Reporting.Analytics.Text;

namespace Reporting.Analytics.Readiness;

/// <summary>
/// A ticket prepared once for every detector: the text as written (subject and body, bounded) and the same text with
/// stack frames removed ("prose"), so a word inside a pasted trace (a class named after Windows, a version in a jar
/// name) does not count as something the reporter said.
/// </summary>
public sealed class ReadinessText
{
    /// <summary>Only the start of a very long body is read: what matters for triage is near the top, and regexes stay cheap.</summary>
    public const int MaxChars = 20_000;

    public ReadinessText(ReadinessTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var body = ticket.Body.Length > MaxChars ? ticket.Body[..MaxChars] : ticket.Body;
        Raw = ticket.Subject + "\n" + body;
        Prose = StackFrames.Apply(Raw, FrameHandling.Drop);
        AffectedVersions = ticket.AffectedVersions.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
    }

    public string Raw { get; }

    public string Prose { get; }

    public IReadOnlyList<string> AffectedVersions { get; }
}
