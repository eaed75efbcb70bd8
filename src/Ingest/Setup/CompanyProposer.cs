using DuckDB.NET.Data;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Ingest.Setup;

/// <summary>
/// Proposes teams, members and service owners from the tickets in the warehouse. A ticket's team is its own, else its
/// service's usual team, else its product; each person joins the one team whose tickets they were assigned most (a name
/// may appear in one team only); each service goes to the team that handles most of its tickets.
/// </summary>
public sealed class CompanyProposer(DuckDBConnection connection)
{
    public async Task<CompanyProposal> ProposeAsync(ProposalOptions options, CancellationToken cancellationToken)
    {
        var teams = await SetupQueries.TeamsAsync(connection, cancellationToken);
        if (teams.Count == 0)
        {
            throw new UserInputException(
                "The warehouse has no tickets with a team, service or product to propose teams from: ingest or pull tickets first.");
        }

        var services = await SetupQueries.ServiceOwnersAsync(connection, cancellationToken);
        var activity = await SetupQueries.ActivityAsync(connection, cancellationToken);
        var newest = activity.Count > 0 ? activity.Max(a => a.LastActive) : teams.Max(t => t.LastTicket);
        var activeSince = newest.AddDays(-7 * options.ActiveWeeks);

        // A name with a line break is not a person's name (and would break the draft's comments).
        var people = activity.Where(a => !a.Person.Any(char.IsControl)).GroupBy(a => a.Person.Trim(), StringComparer.Ordinal)
            .Select(g => Person(g.Key, g.ToList(), options, activeSince))
            .ToList();

        var proposed = new List<ProposedTeam>();
        var leftOut = new List<LeftOutTeam>();
        var serviceNames = services.Select(s => s.Service).ToHashSet(StringComparer.Ordinal);
        foreach (var team in teams)
        {
            var name = team.Team.Trim();
            var owned = services.Where(s => s.Team == team.Team).Select(s => new ProposedService(s.Service, s.Tickets, s.TeamTickets)).ToList();
            var here = people.Where(p => p.Team == team.Team).Select(p => p.Member).ToList();
            var members = here.Where(m => m.Reason is null).ToList();
            var fromComments = false;
            if (members.Count == 0)
            {
                // Nobody is assigned this team's tickets (common in Jira projects): those who work them in comments are the team.
                members = here.Where(m => m.TeamTouched >= options.MinAssignedTickets && m.LastActive >= activeSince).ToList();
                fromComments = members.Count > 0;
            }

            members = members.OrderByDescending(m => m.TeamTickets).ThenByDescending(m => m.TeamTouched).ThenBy(m => m.Name, StringComparer.Ordinal)
                .Select(m => m with { Reason = null }).ToList();
            if (NameProblem(name) is { } problem)
            {
                leftOut.Add(new LeftOutTeam(name, team.Tickets, owned.Select(s => s.Name).ToList(), problem));
                continue;
            }

            if (members.Count == 0)
            {
                leftOut.Add(new LeftOutTeam(name, team.Tickets, owned.Select(s => s.Name).ToList(),
                    $"nobody worked on {options.MinAssignedTickets}+ of its tickets in the {options.ActiveWeeks} weeks before {newest:yyyy-MM-dd}"));
                continue;
            }

            var memberNames = members.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            var candidates = here.Where(m => !memberNames.Contains(m.Name) && (m.AssignedTickets > 0 || m.Comments > 0))
                .OrderByDescending(m => m.TeamTickets).ThenByDescending(m => m.TeamTouched).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
            var placeholder = owned.Count == 0;
            if (placeholder)
            {
                // teams.yaml needs a service per team; the team's own name is the least surprising stand-in.
                var stand = serviceNames.Contains(name) ? $"{name} (fill in)" : name;
                owned.Add(new ProposedService(stand, 0, 0));
            }

            proposed.Add(new ProposedTeam(name, team.Tickets, team.LastTicket, members,
                candidates.Take(options.CandidatesPerTeam).ToList(), Math.Max(0, candidates.Count - options.CandidatesPerTeam),
                owned, placeholder) { MembersFromComments = fromComments });
        }

        if (proposed.Count == 0)
        {
            throw new UserInputException(
                $"No team has anyone who worked on {options.MinAssignedTickets}+ of its tickets in the {options.ActiveWeeks} weeks before {newest:yyyy-MM-dd}: " +
                "lower --min-tickets or raise --active-weeks.");
        }

        return new CompanyProposal(proposed, leftOut, newest, options);
    }

    private static (string Team, ProposedMember Member) Person(
        string name, List<PersonActivity> teams, ProposalOptions options, DateTime activeSince)
    {
        var home = teams.OrderByDescending(a => a.AssignedTickets).ThenByDescending(a => a.Tickets)
            .ThenBy(a => a.Team, StringComparer.Ordinal).First();
        var assigned = teams.Sum(a => a.AssignedTickets);
        var last = teams.Max(a => a.LastActive);
        string? reason = assigned == 0 ? "never assigned a ticket"
            : assigned < options.MinAssignedTickets ? $"assigned fewer than {options.MinAssignedTickets} tickets"
            : last < activeSince ? $"inactive for more than {options.ActiveWeeks} weeks"
            : null;
        return (home.Team, new ProposedMember(name, assigned, home.AssignedTickets, teams.Sum(a => a.Comments), last, reason) { TeamTouched = home.Tickets });
    }

    /// <summary>What teams.yaml refuses in a team name, or null.</summary>
    private static string? NameProblem(string name) =>
        name.Contains('>', StringComparison.Ordinal) ? "a team name cannot contain '>'"
        : name.Any(char.IsControl) ? "the name holds a line break or control character"
        : null;
}
