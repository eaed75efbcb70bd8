namespace Reporting.Ingest.Columns;

/// <summary>The canonical tickets CSV: every column is named as the field it holds, dates are ISO-8601, lists use ';'.</summary>
public static class CanonicalColumns
{
    private static readonly TicketField[] Fields =
    [
        TicketField.Id, TicketField.CreatedAt, TicketField.UpdatedAt, TicketField.FirstResponseAt, TicketField.ResolvedAt,
        TicketField.Status, TicketField.Priority, TicketField.Type, TicketField.Channel, TicketField.Customer,
        TicketField.Reporter, TicketField.Subject, TicketField.Body, TicketField.Product, TicketField.Service,
        TicketField.Team, TicketField.Assignee, TicketField.Tags, TicketField.DuplicateOf, TicketField.AffectedVersions,
        TicketField.FixVersions,
    ];

    public static ColumnMapping Mapping { get; } = new()
    {
        Name = "tickets",
        Title = "tickets CSV (canonical columns)",
        Columns = Fields.Select(f => new ColumnRule(f.Name(), f)).ToList(),
        StrictHeader = true,
    };

    public static bool LooksLikeTickets(IReadOnlyList<string> header) =>
        header.Contains("id", StringComparer.OrdinalIgnoreCase) && header.Contains("created_at", StringComparer.OrdinalIgnoreCase);
}
