using System.Text.RegularExpressions;

namespace Reporting.Analytics.Readiness;

/// <summary>
/// The trivial baseline the detectors are measured beside: one obvious keyword per item ("reproduce", "expected",
/// "version", "environment", "exception", "users") anywhere in the subject or body; fields are not read.
/// </summary>
public static class KeywordReadinessBaseline
{
    private static readonly IReadOnlyDictionary<ReadinessItem, Regex> Keywords = new Dictionary<ReadinessItem, Regex>
    {
        [ReadinessItem.StepsToReproduce] = ReadinessCue.Rx(@"\breproduc"),
        [ReadinessItem.ExpectedVersusActual] = ReadinessCue.Rx(@"\bexpected\b"),
        [ReadinessItem.VersionOrBuild] = ReadinessCue.Rx(@"\bversion\b"),
        [ReadinessItem.Environment] = ReadinessCue.Rx(@"\benvironment\b"),
        [ReadinessItem.LogsOrStackTrace] = ReadinessCue.Rx(@"exception\b"),
        [ReadinessItem.CustomerImpact] = ReadinessCue.Rx(@"\b(users?|customers?)\b"),
    };

    public static ReadinessAssessment Assess(ReadinessTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var text = ticket.Subject + "\n" + ticket.Body;
        return new ReadinessAssessment(ReadinessItems.All
            .Select(item => Keywords[item].Match(text) is { Success: true } m
                ? new ReadinessCheck(item, true, "keyword", m.Value)
                : new ReadinessCheck(item, false, null, null))
            .ToList());
    }
}
