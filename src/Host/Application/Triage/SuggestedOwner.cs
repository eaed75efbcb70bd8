namespace Reporting.Host.Application.Triage;

/// <summary>One of the top owners stored for a ticket, with its calibrated probability.</summary>
public sealed record SuggestedOwner(string Owner, double Probability)
{
    /// <summary>The up to three owners of a stored suggestion, in order; empty when none was stored.</summary>
    public static IReadOnlyList<SuggestedOwner> Top(string? owner1, double? p1, string? owner2, double? p2, string? owner3, double? p3) =>
        new[] { (owner1, p1), (owner2, p2), (owner3, p3) }
            .Where(o => o.Item1 is not null)
            .Select(o => new SuggestedOwner(o.Item1!, o.Item2 ?? 0))
            .ToList();
}
