namespace Reporting.Analytics.Owners;

/// <summary>A ticket after text normalisation, ready to become an <see cref="OwnerModelRow"/>.</summary>
internal sealed record PreparedTicket(NormalizedTicketText Text, string Meta, string? Product)
{
    /// <summary>The structured-fields word of a ticket that has none.</summary>
    public const string NoFields = "fields:none";

    public IEnumerable<string> AllTokens => Text.SubjectTokens.Concat(Text.BodyTokens);

    /// <summary>Subject and body as one text, for the blended SVM's single bag of words.</summary>
    public string JointText => Text.SubjectText + "\n" + Text.BodyText;

    /// <summary>
    /// An empty subject or body takes the other's words, and a ticket without fields says so: a data set whose tickets
    /// all lack a body (one-line texts) or all fields would otherwise give ML.NET an empty bag of words, which it
    /// cannot size.
    /// </summary>
    public OwnerModelRow ToRow(uint label = 0, float weight = 1f) => new()
    {
        Subject = Text.SubjectText.Length > 0 ? Text.SubjectText : Text.BodyText,
        Body = Text.BodyText.Length > 0 ? Text.BodyText : Text.SubjectText,
        Meta = Meta.Length > 0 ? Meta : NoFields,
        Label = label,
        Weight = weight,
    };
}
