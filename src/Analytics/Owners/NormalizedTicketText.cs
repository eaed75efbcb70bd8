namespace Reporting.Analytics.Owners;

/// <summary>Lower-cased word tokens of a ticket's subject and body after markup and noise removal.</summary>
public sealed record NormalizedTicketText(IReadOnlyList<string> SubjectTokens, IReadOnlyList<string> BodyTokens)
{
    public string SubjectText => string.Join(' ', SubjectTokens);
    public string BodyText => string.Join(' ', BodyTokens);
}
