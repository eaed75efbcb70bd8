namespace Reporting.Ingest.Columns;

/// <summary>
/// How the columns of a tickets CSV become ticket fields: the canonical columns, an export preset, or a mapping file.
/// Several columns may feed one field: a list field takes the items of all of them, any other field the first
/// non-empty value in the order of <see cref="Columns"/>.
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>Short name: <c>tickets</c>, a preset's name, or the mapping file's name.</summary>
    public required string Name { get; init; }

    /// <summary>What it reads, for people: "Jira CSV export".</summary>
    public required string Title { get; init; }

    public required IReadOnlyList<ColumnRule> Columns { get; init; }

    public DateReading Dates { get; init; } = DateReading.Iso;

    /// <summary>Each of these characters separates the items of a list field.</summary>
    public string ListSeparators { get; init; } = ";";

    public char Delimiter { get; init; } = ',';

    /// <summary>Values of code fields (status, priority, type, channel) read as another, matched ignoring case.</summary>
    public IReadOnlyDictionary<TicketField, IReadOnlyDictionary<string, string>> Values { get; init; } =
        new Dictionary<TicketField, IReadOnlyDictionary<string, string>>();

    /// <summary>Values for fields that no column gives (every ServiceNow incident is an incident).</summary>
    public IReadOnlyDictionary<TicketField, string> Constants { get; init; } = new Dictionary<TicketField, string>();

    /// <summary>The service is <c>PRODUCT/component</c>, as the Jira JSON import names it, so both imports agree.</summary>
    public bool ServiceWithinProduct { get; init; }

    /// <summary>Any column named twice is an error (the canonical CSV); otherwise only one read into a single-value field.</summary>
    public bool StrictHeader { get; init; }

    public static IReadOnlyDictionary<string, string> ValueMap(params (string From, string To)[] pairs) =>
        pairs.ToDictionary(p => p.From, p => p.To, StringComparer.OrdinalIgnoreCase);
}
