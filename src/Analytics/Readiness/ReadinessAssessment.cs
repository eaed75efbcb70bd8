namespace Reporting.Analytics.Readiness;

/// <summary>A ticket's readiness: the six checks in checklist order, how many are present, and what to ask for the rest.</summary>
public sealed record ReadinessAssessment(IReadOnlyList<ReadinessCheck> Checks)
{
    public int Score => Checks.Count(c => c.Present);

    public int Total => Checks.Count;

    /// <summary>"4/6", as the inbox badge shows it.</summary>
    public string Badge => $"{Score}/{Total}";

    public IReadOnlyList<string> Questions => Checks.Where(c => !c.Present).Select(c => c.Question!).ToList();

    public ReadinessCheck this[ReadinessItem item] => Checks.First(c => c.Item == item);
}
