using Reporting.Ingest.Columns;
using Reporting.Ingest.Files;
using static Reporting.Ingest.Columns.TicketField;

namespace Reporting.Ingest.Presets;

/// <summary>
/// Jira Cloud and Server/Data Center "Export CSV" (all or current fields). Multi-value fields repeat their column
/// (Component/s, Labels, Fix Version/s, Affects Version/s, links); dates are written like 17/Nov/25 9:12 AM in the
/// exporting user's time zone (UTC here unless a mapping file says otherwise). As the Jira JSON import does, the
/// project key is the product, <c>PROJECT/first component</c> the service, and components and labels are tags.
/// </summary>
public static class JiraCsvPreset
{
    public static ExportPreset Preset { get; } = new("jira", InputKind.JiraCsv, [["Issue key"], ["Summary"], ["Created"]], new()
    {
        Name = "jira",
        Title = "Jira CSV export",
        Columns =
        [
            new("Issue key", Id),
            new("Summary", Subject),
            new("Description", Body),
            new("Issue Type", TicketField.Type),
            new("Status", Status),
            new("Priority", Priority),
            new("Created", CreatedAt),
            new("Updated", UpdatedAt),
            new("Resolved", ResolvedAt),
            new("Assignee", Assignee),
            new("Reporter", Reporter),
            new("Project key", Product),
            new("Component/s", Service),
            new("Components", Service),
            new("Component/s", Tags),
            new("Components", Tags),
            new("Labels", Tags),
            new("Team", Team),
            new("Fix Version/s", FixVersions),
            new("Fix versions", FixVersions),
            new("Affects Version/s", AffectedVersions),
            new("Affects versions", AffectedVersions),
            new("Outward issue link (Duplicate)", DuplicateOf),
            new("Inward issue link (Duplicate)", DuplicateOf),
            new("Time Spent", TimeSpentSeconds),
        ],
        Dates = new DateReading
        {
            // Jira's default "dd/MMM/yy h:mm a" (a time without AM/PM is ambiguous: rejected); the quoted slashes stay
            // slashes in every culture. A site with another format says so in a mapping file on this preset.
            Formats = ["d'/'MMM'/'yy h:mm tt", "d'/'MMM'/'yyyy h:mm tt", "d'/'MMM'/'yy"],
        },
        Values = new Dictionary<TicketField, IReadOnlyDictionary<string, string>>
        {
            // Cloud's default scheme, in the words the effort model knows (Server's Blocker…Trivial it knows as they are).
            [Priority] = ColumnMapping.ValueMap(("Highest", "urgent"), ("Medium", "normal"), ("Lowest", "low")),
        },
        ServiceWithinProduct = true,
    });
}
