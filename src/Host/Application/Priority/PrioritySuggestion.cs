using Reporting.Analytics.Owners;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Priority;

/// <summary>How a ticket reaches the priority model from the command line: a stored one, or free text.</summary>
public static class PrioritySuggestion
{
    public const int MaxTextLength = 100_000;

    /// <summary>The first non-empty line is the subject, the rest the body.</summary>
    public static OwnerTicket FromText(string text, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var newline = trimmed.IndexOf('\n');
        var subject = newline < 0 ? trimmed : trimmed[..newline].Trim();
        var body = newline < 0 ? "" : trimmed[(newline + 1)..].Trim();
        return new OwnerTicket("new", now, subject, body, null, null, null, null, []);
    }

    public static OwnerTicket ToOwnerTicket(this StoredTicket ticket) =>
        new(ticket.Id, ticket.CreatedAt, ticket.Subject, ticket.Body, ticket.Product, ticket.Channel, ticket.Priority, ticket.Type, ticket.Tags);
}
