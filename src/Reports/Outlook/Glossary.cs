using Reporting.Reports.Documents;

namespace Reporting.Reports.Outlook;

/// <summary>The few terms that must stay in a PM's report, said once in plain words at its end.</summary>
public static class Glossary
{
    public static IReadOnlyList<string> Terms { get; } =
    [
        "Team hours: what the team's engineers have in the week after absences.",
        "On rotation: the engineer on support duty that week, exempt from planned work; their hours are set aside whole.",
        "Left for planned work: team hours minus the engineer on rotation and the support that reached teammates.",
        "Support by teammates: support hours of engineers who were not on rotation (taken from planned work).",
        "Overflow: support asked of someone beyond the hours they had that week; teammates take it on where they have hours left, and the rest waits in the backlog.",
        "Engineers (FTE): hours divided by an engineer's usual week.",
        "80% range: in 8 weeks out of 10 of the team's past, the real figure fell inside the range the forecast gave.",
        "W48: the ISO week number, Monday to Sunday.",
    ];

    public static void Add(DocumentBuilder doc) => doc.Heading("Terms", 2).Bullets(Terms);
}
