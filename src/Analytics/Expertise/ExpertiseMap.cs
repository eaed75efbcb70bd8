using DuckDB.NET.Data;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Expertise;

/// <summary>
/// Per service, who has handled its tickets and how few people cover them. The rules:
/// <list type="bullet">
/// <item>Tickets: those with a service created in the period (deleted ones and those without service skipped); the team is the service's in <c>services</c>.</item>
/// <item>A person handled a ticket when they are its assignee or commented on it (engineers only; see <see cref="ExpertiseQueries.InvolvementsAsync"/>).</item>
/// <item>Score of a person on a ticket: 1 as assignee, <see cref="CommentWeight"/> as commenter only, times 0.5^(days from their
/// involvement (resolution for the assignee, last comment for a commenter) to the period's end / <see cref="HalfLifeDays"/>).
/// A person's score on a service is the sum over its tickets; their share is their score over the service's total.</item>
/// <item>Bus factor: the smallest number of people whose handled tickets (unweighted, union) cover at least
/// <see cref="Coverage"/> of the service's tickets that anyone handled (<see cref="BusFactor"/>).</item>
/// </list>
/// </summary>
public static class ExpertiseMap
{
    /// <summary>Thirteen weeks: a quarter ago counts half.</summary>
    public const double HalfLifeDays = 91;

    public const double CommentWeight = 0.5;

    public const double Coverage = 0.8;

    /// <summary>Twenty-six weeks (two half-lives): the period when a caller names none.</summary>
    public const int DefaultWeeks = 26;

    /// <param name="from">First day of the period.</param>
    /// <param name="to">Last day of the period (inclusive): recency is measured to the end of it.</param>
    public static async Task<IReadOnlyList<ServiceExpertise>> LoadAsync(
        DuckDBConnection connection, DateOnly from, DateOnly to, string? service, CancellationToken cancellationToken)
    {
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var rows = await ExpertiseQueries.InvolvementsAsync(connection, from.ToDateTime(TimeOnly.MinValue), end, service, cancellationToken);
        return Build(rows, end);
    }

    /// <summary>Services ordered by team then name; people by score (then name).</summary>
    public static IReadOnlyList<ServiceExpertise> Build(IEnumerable<ExpertiseInvolvementRow> rows, DateTime end) =>
        rows.GroupBy(r => (r.Team, r.Service))
            .Select(g => Service(g.Key.Service, g.Key.Team, g.ToList(), end))
            .OrderBy(s => s.Team, StringComparer.Ordinal).ThenBy(s => s.Service, StringComparer.Ordinal)
            .ToList();

    /// <summary>The weight of an involvement <paramref name="days"/> before the period's end.</summary>
    public static double Recency(double days) => Math.Pow(0.5, Math.Max(0, days) / HalfLifeDays);

    private static ServiceExpertise Service(string service, string team, List<ExpertiseInvolvementRow> rows, DateTime end)
    {
        var tickets = rows.Select(r => r.Ticket).Distinct(StringComparer.Ordinal).Count();
        var involved = rows.Where(r => r.Person is not null).ToList();
        var scored = involved.GroupBy(r => r.Person!, StringComparer.Ordinal)
            .Select(p => (Person: p.Key, Rows: p.ToList(),
                Score: p.Sum(r => (r.Assigned ? 1 : CommentWeight) * Recency((end - (r.At ?? end)).TotalDays))))
            .ToList();
        var total = scored.Sum(p => p.Score);
        var people = scored
            .Select(p => new ServiceExpert(p.Person, p.Rows.Count, p.Rows.Count(r => r.Assigned), p.Rows.Count(r => !r.Assigned),
                p.Score, total > 0 ? p.Score / total : 0))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Person, StringComparer.Ordinal)
            .ToList();
        var handled = involved.Select(r => r.Ticket).Distinct(StringComparer.Ordinal).Count();
        var sets = scored.Select(p => (IReadOnlySet<string>)p.Rows.Select(r => r.Ticket).ToHashSet(StringComparer.Ordinal)).ToList();
        return new ServiceExpertise(service, team, tickets, handled, BusFactor.Of(sets, handled, Coverage), people);
    }
}
