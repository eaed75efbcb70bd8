using System.Globalization;
using Reporting.Analytics.Duplicates;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.WriteBack;

/// <summary>
/// The note written on a ticket, as lines of plain text (each product's request turns them into its own format): the owner,
/// with the suggestion's probabilities, similar earlier tickets, what information is missing, and a link to the triage page.
/// </summary>
public sealed record WriteBackNote(IReadOnlyList<string> Lines)
{
    public string Text => string.Join("\n", Lines);

    public static WriteBackNote Compose(WriteBackCandidate c, IReadOnlyList<SimilarTicket> similar, string? workspaceUrl)
    {
        var lines = new List<string>();
        var suggested = string.Join(", ", new[] { (c.Owner1, c.Probability1), (c.Owner2, c.Probability2), (c.Owner3, c.Probability3) }
            .Where(o => o.Item1 is not null)
            .Select(o => $"{o.Item1} ({Percent(o.Item2 ?? 0)})"));
        lines.Add(c.DecidedBy is null
            ? $"Reporting suggests the owner: {c.Owner} ({Percent(c.Probability1 ?? 0)}). Suggested: {suggested}."
            : $"Owner decided in triage by {c.DecidedBy}: {c.Owner}." + (suggested.Length > 0 ? $" Suggested: {suggested}." : ""));
        if (similar.Count > 0)
        {
            lines.Add("Similar earlier tickets: " + string.Join("; ", similar.Select(s => $"{s.Id} \"{s.Subject}\" ({Percent(s.Probability)})")) + ".");
        }

        var missing = MissingInformation.Of(c);
        lines.Add(missing.Count > 0 ? $"Missing information: {string.Join(", ", missing)}." : "Missing information: none found.");
        if (workspaceUrl is not null)
        {
            lines.Add($"Triage page: {workspaceUrl.TrimEnd('/')}/tickets/{Uri.EscapeDataString(c.Source)}/{Uri.EscapeDataString(c.TicketId)}");
        }

        return new WriteBackNote(lines);
    }

    private static string Percent(double p) => p.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);
}
