using System.Text;

namespace Reporting.Analytics.Owners;

/// <summary>Normalises a ticket's text and writes its structured fields as one-hot "field:value" words.</summary>
internal sealed class TicketPreparation
{
    private readonly TicketTextNormalizer _normalizer;
    private readonly bool _useFieldsSetInTriage;

    public TicketPreparation(TextNormalizationOptions options)
    {
        _normalizer = new TicketTextNormalizer(options);
        _useFieldsSetInTriage = options.UseFieldsSetInTriage;
    }

    public PreparedTicket Prepare(OwnerTicket ticket)
    {
        var text = _normalizer.Normalize(ticket.Subject, ticket.Body);
        return new PreparedTicket(text, MetaText(ticket, _useFieldsSetInTriage), ticket.Product);
    }

    /// <summary>
    /// "product:hdfs channel:email", plus "priority:major type:bug tag:security" when fields set in triage are used;
    /// absent fields simply add no word.
    /// </summary>
    internal static string MetaText(OwnerTicket ticket, bool useFieldsSetInTriage = true)
    {
        var sb = new StringBuilder();
        Append(sb, "product", ticket.Product);
        Append(sb, "channel", ticket.Channel);
        if (!useFieldsSetInTriage)
            return sb.ToString();
        Append(sb, "priority", ticket.Priority);
        Append(sb, "type", ticket.Type);
        foreach (var tag in ticket.Tags ?? [])
            Append(sb, "tag", tag);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        if (sb.Length > 0)
            sb.Append(' ');
        sb.Append(field).Append(':');
        foreach (var c in value.Trim().ToLowerInvariant())
            sb.Append(char.IsWhiteSpace(c) ? '_' : c);
    }
}
