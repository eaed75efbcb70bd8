namespace Reporting.Analytics.Readiness;

/// <summary>One hand-labelled ticket: its text and, per item, whether a person judged the item present.</summary>
public sealed record LabelledReadinessTicket(string Id, ReadinessTicket Ticket, IReadOnlyDictionary<ReadinessItem, bool> Labels);

/// <summary>How well one item is detected: counts against the labels, precision and recall (null when undefined).</summary>
public sealed record ReadinessItemScore(ReadinessItem Item, int Labelled, int Detected, int Agreed)
{
    public double? Precision => Detected == 0 ? null : (double)Agreed / Detected;

    public double? Recall => Labelled == 0 ? null : (double)Agreed / Labelled;
}

/// <summary>Precision and recall per item of any detector (the assessor, or a baseline) against hand labels.</summary>
public static class ReadinessEvaluation
{
    public static IReadOnlyList<ReadinessItemScore> Score(
        IReadOnlyList<LabelledReadinessTicket> cases, Func<ReadinessTicket, ReadinessAssessment> assess)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(assess);
        var found = cases.Select(c => (c.Labels, Assessment: assess(c.Ticket))).ToList();
        return ReadinessItems.All.Select(item => new ReadinessItemScore(
            item,
            found.Count(f => f.Labels[item]),
            found.Count(f => f.Assessment[item].Present),
            found.Count(f => f.Labels[item] && f.Assessment[item].Present))).ToList();
    }
}
