namespace Reporting.Ingest.Columns;

/// <summary>How each <see cref="TicketField"/> is named (as in the canonical CSV) and read.</summary>
public static class TicketFields
{
    private static readonly Dictionary<TicketField, string> Names = Enum.GetValues<TicketField>()
        .ToDictionary(f => f, f => string.Concat(f.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())));

    private static readonly Dictionary<string, TicketField> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> AllNames { get; } = Names.Values.ToList();

    public static string Name(this TicketField field) => Names[field];

    public static bool TryParse(string name, out TicketField field) => ByName.TryGetValue(name.Trim(), out field);

    public static FieldKind Kind(this TicketField field) => field switch
    {
        TicketField.CreatedAt or TicketField.UpdatedAt or TicketField.FirstResponseAt or TicketField.ResolvedAt => FieldKind.Timestamp,
        TicketField.Status or TicketField.Priority or TicketField.Type or TicketField.Channel => FieldKind.Code,
        TicketField.Subject or TicketField.Body => FieldKind.Text,
        TicketField.Tags or TicketField.DuplicateOf or TicketField.AffectedVersions or TicketField.FixVersions => FieldKind.List,
        TicketField.TimeSpentSeconds => FieldKind.Duration,
        TicketField.FirstResponseMinutes => FieldKind.Minutes,
        _ => FieldKind.Name,
    };
}
