using System.Globalization;
using DuckDB.NET.Data;
using Reporting.Ingest.Company;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;
using static Reporting.Ingest.Setup.SetupFindingKinds;

namespace Reporting.Ingest.Setup;

/// <summary>
/// Checks the company configuration (the loaded teams.yaml, or a file not loaded yet) against what the warehouse holds:
/// members nobody has seen, services and teams the tickets name but teams.yaml lacks (and the reverse), releases of
/// services no team owns, rotation weeks nobody covers, rotation and absence engineers who are not members.
/// </summary>
public sealed class CompanyConfigurationCheck(DuckDBConnection connection)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <param name="teams">The configuration to check; null checks the one loaded in the warehouse.</param>
    public async Task<IReadOnlyList<SetupFinding>> CheckAsync(TeamsDocument? teams, CancellationToken cancellationToken)
    {
        teams ??= await LoadedTeamsAsync(cancellationToken);
        var findings = new List<SetupFinding>();
        void Add(string kind, string message) => findings.Add(new SetupFinding(kind, message));

        var memberTeam = teams.Teams.SelectMany(t => t.Members.Select(m => (m.Name, t.Name)))
            .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        var serviceTeam = teams.Teams.SelectMany(t => t.Services.Select(s => (s, t.Name)))
            .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        var teamNames = teams.Teams.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        if (teams.Teams.Count == 0)
        {
            Add(NoTeams, "no teams are configured: `reporting setup propose --db FILE --out teams.yaml` drafts a teams.yaml to ingest");
        }

        foreach (var team in teams.Teams.Where(t => t.ProductManager.Email.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase)))
        {
            Add(PlaceholderManager, $"team '{team.Name}': the product manager is still the placeholder <{team.ProductManager.Email}>: fill in their name, e-mail and time zone");
        }

        var seen = (await SetupQueries.PeopleSeenAsync(connection, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var (member, team) in memberTeam.Where(m => !seen.Contains(m.Key)))
        {
            Add(MemberNeverSeen, $"team '{team}': member '{member}' is on no ticket or event (assignee, comment, assignment); check the spelling");
        }

        var ticketServices = await SetupQueries.TicketServicesAsync(connection, cancellationToken);
        var ticketServiceNames = ticketServices.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (service, team) in serviceTeam.Where(s => !ticketServiceNames.Contains(s.Key)))
        {
            Add(ServiceNeverSeen, $"team '{team}': service '{service}' is on no ticket; check the spelling");
        }

        foreach (var service in ticketServices.Where(s => !serviceTeam.ContainsKey(s.Name)))
        {
            Add(TicketServiceNotConfigured, string.Create(C,
                $"service '{service.Name}' ({service.Tickets:N0} tickets) has no team: add it to a team's services"));
        }

        foreach (var team in (await SetupQueries.TicketTeamsAsync(connection, cancellationToken)).Where(t => !teamNames.Contains(t.Name)))
        {
            Add(TicketTeamNotConfigured, string.Create(C,
                $"tickets name team '{team.Name}' ({team.Tickets:N0} tickets), which teams.yaml does not have"));
        }

        foreach (var release in (await SetupQueries.ReleaseServicesAsync(connection, cancellationToken)).Where(r => !serviceTeam.ContainsKey(r.Name)))
        {
            Add(ReleaseServiceWithoutTeam, string.Create(C,
                $"releases of service '{release.Name}' ({release.Tickets:N0}) belong to no team, so no team's capacity sees their bug tail"));
        }

        CheckRotation(await SetupQueries.RotationAsync(connection, cancellationToken), teams, memberTeam, Add);

        foreach (var engineer in (await SetupQueries.AbsentEngineersAsync(connection, cancellationToken)).Where(e => !memberTeam.ContainsKey(e)))
        {
            Add(AbsenceEngineerNotMember, $"absences name '{engineer}', who is not a member of any team");
        }

        return findings;
    }

    private static void CheckRotation(
        IReadOnlyList<RotationWeek> rotation, TeamsDocument teams, Dictionary<string, string> memberTeam, Action<string, string> add)
    {
        if (rotation.Count == 0)
        {
            if (teams.Teams.Count > 0)
            {
                add(RotationMissing, "no rotation is loaded: capacity puts members on rotation round-robin (load rotation.csv or a calendar .ics)");
            }

            return;
        }

        var first = IsoWeek.Of(rotation.Min(r => r.WeekStart));
        var last = IsoWeek.Of(rotation.Max(r => r.WeekStart));
        var teamNames = teams.Teams.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var team in teams.Teams)
        {
            var covered = rotation.Where(r => r.Team == team.Name).Select(r => IsoWeek.Of(r.WeekStart)).ToHashSet();
            var missing = IsoWeek.Range(first, last).Where(w => !covered.Contains(w)).ToList();
            foreach (var (from, to) in Runs(missing))
            {
                var weeks = from.WeeksUntil(to) + 1;
                add(RotationWeekMissing, string.Create(C,
                    $"team '{team.Name}': no engineer on rotation in {(weeks == 1 ? from.ToString() : $"{from}..{to}")} ({weeks} week{(weeks == 1 ? "" : "s")}); capacity fills it round-robin"));
            }
        }

        foreach (var group in rotation.Where(r => !teamNames.Contains(r.Team)).GroupBy(r => r.Team, StringComparer.Ordinal))
        {
            add(RotationTeamNotConfigured, string.Create(C,
                $"the rotation names team '{group.Key}' ({group.Count()} week(s) from {IsoWeek.Of(group.Min(r => r.WeekStart))}), which teams.yaml does not have"));
        }

        foreach (var group in rotation.Where(r => teamNames.Contains(r.Team) && memberTeam.GetValueOrDefault(r.Engineer) != r.Team)
                     .GroupBy(r => (r.Team, r.Engineer)))
        {
            var elsewhere = memberTeam.TryGetValue(group.Key.Engineer, out var other) ? $"a member of '{other}'" : "a member of no team";
            add(RotationEngineerNotMember, string.Create(C,
                $"team '{group.Key.Team}': '{group.Key.Engineer}' is on rotation {group.Count()} week(s) from {IsoWeek.Of(group.Min(r => r.WeekStart))} but is {elsewhere}"));
        }
    }

    /// <summary>Consecutive weeks as (first, last) runs.</summary>
    private static IEnumerable<(IsoWeek From, IsoWeek To)> Runs(List<IsoWeek> weeks)
    {
        for (var i = 0; i < weeks.Count;)
        {
            var j = i;
            while (j + 1 < weeks.Count && weeks[j].AddWeeks(1) == weeks[j + 1])
            {
                j++;
            }

            yield return (weeks[i], weeks[j]);
            i = j + 1;
        }
    }

    private async Task<TeamsDocument> LoadedTeamsAsync(CancellationToken cancellationToken)
    {
        var teams = await SetupQueries.ConfiguredTeamsAsync(connection, cancellationToken);
        var members = await SetupQueries.ConfiguredMembersAsync(connection, cancellationToken);
        var services = await SetupQueries.ConfiguredServicesAsync(connection, cancellationToken);
        return new TeamsDocument(teams.Select(t => new TeamDefinition(
            t.Team,
            new ProductManager(t.PmName, t.PmEmail, t.PmTimeZone),
            members.Where(m => m.Team == t.Team).Select(m => new TeamMember(m.Engineer, (int)Math.Round(m.WeeklyHours))).ToList(),
            services.Where(s => s.Team == t.Team).Select(s => s.Service).ToList())).ToList());
    }
}
