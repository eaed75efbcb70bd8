using System.IO.Hashing;
using System.Text;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Loading;

/// <summary>
/// A stable fingerprint of everything a source said about a ticket, so re-ingesting the same
/// input is recognised as unchanged (and written nowhere) rather than rewritten.
/// </summary>
public static class TicketContentHash
{
    public static string Compute(TicketRecord t)
    {
        var text = new StringBuilder(256 + t.Subject.Length + t.Body.Length);
        void Add(object? value) => text.Append(value switch
        {
            null => "\u0000",
            DateTime time => time.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            IEnumerable<string> list => string.Join('\u001f', list),
            _ => value.ToString(),
        }).Append('\u001e');

        Add(t.CreatedAt); Add(t.UpdatedAt); Add(t.FirstResponseAt); Add(t.ResolvedAt);
        Add(t.Status); Add(t.Priority); Add(t.Type); Add(t.Channel); Add(t.Customer); Add(t.Reporter);
        Add(t.Subject); Add(t.Body); Add(t.Product); Add(t.Service); Add(t.Team); Add(t.Assignee);
        Add(t.Tags); Add(t.DuplicateOf); Add(t.AffectedVersions); Add(t.FixVersions);
        Add(t.TimeSpentSeconds); Add(t.Deleted);
        foreach (var e in t.Events ?? [])
        {
            Add(e.EventId); Add(e.At); Add(e.Kind); Add(e.Actor); Add(e.Detail);
        }

        return Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
