using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Sources;

/// <summary>
/// Applies the configured tag/label prefixes and product to a mapped ticket: a tag such as
/// <c>area-billing</c> names the service and <c>team-payments</c> the team, and wins over what the source
/// mapping inferred, because someone configured it on purpose.
/// </summary>
public static class TagFieldMapping
{
    public static TicketRecord Apply(TicketRecord ticket, FieldMappingOptions fields)
    {
        var service = FromTag(ticket.Tags, fields.ServiceTagPrefix);
        var team = FromTag(ticket.Tags, fields.TeamTagPrefix);
        if (service is null && team is null && (fields.Product is null || ticket.Product is not null))
        {
            return ticket;
        }

        return ticket with
        {
            Service = service ?? ticket.Service,
            Team = team ?? ticket.Team,
            Product = ticket.Product ?? fields.Product,
        };
    }

    private static string? FromTag(IReadOnlyList<string> tags, string? prefix)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            return null;
        }

        foreach (var tag in tags)
        {
            if (tag.Length > prefix.Length && tag.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return tag[prefix.Length..];
            }
        }

        return null;
    }
}
