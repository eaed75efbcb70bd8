using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.WriteBack;

/// <summary>
/// What a ticket lacks that the people routing and fixing it usually need: the fields routing and capacity read, and for a
/// bug, the version it was seen in. Read from the stored ticket only; nothing is guessed.
/// </summary>
public static class MissingInformation
{
    /// <summary>A description shorter than this rarely says how to reproduce the problem.</summary>
    public const int ShortBody = 40;

    public static IReadOnlyList<string> Of(WriteBackCandidate ticket)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(ticket.Product))
        {
            missing.Add("product");
        }

        if (string.IsNullOrWhiteSpace(ticket.Priority))
        {
            missing.Add("priority");
        }

        if (string.IsNullOrWhiteSpace(ticket.Type))
        {
            missing.Add("type");
        }

        if (string.IsNullOrWhiteSpace(ticket.Customer))
        {
            missing.Add("customer");
        }

        if (string.Equals(ticket.Type, "bug", StringComparison.OrdinalIgnoreCase) && ticket.AffectedVersions == 0)
        {
            missing.Add("affected version");
        }

        if (ticket.Body.Trim().Length < ShortBody)
        {
            missing.Add($"a description (under {ShortBody} characters)");
        }

        return missing;
    }
}
