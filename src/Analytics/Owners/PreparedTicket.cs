namespace Reporting.Analytics.Owners;

/// <summary>A ticket after text normalisation, ready to become an <see cref="OwnerModelRow"/>.</summary>
internal sealed record PreparedTicket(NormalizedTicketText Text, string Meta, string? Product)
{
    public IEnumerable<string> AllTokens => Text.SubjectTokens.Concat(Text.BodyTokens);

    public OwnerModelRow ToRow(uint label = 0, float weight = 1f) =>
        new() { Subject = Text.SubjectText, Body = Text.BodyText, Meta = Meta, Label = label, Weight = weight };
}
