using Reporting.Warehouse;

namespace Reporting.Analytics.Capacity.Rotation;

/// <summary>
/// Who rotates together: each team on its own, except teams owning a configured group's services, which share that
/// group's rotation (their members in one pool, their services' expertise together). Configuration that cannot be
/// planned (a service nobody owns, a team in two groups) is refused with what to fix.
/// </summary>
public static class RotationPools
{
    public static IReadOnlyList<PlanTeam> Combine(
        IReadOnlyList<PlanTeam> teams, IReadOnlyDictionary<string, string> serviceTeams, IReadOnlyList<RotationGroup> groups)
    {
        if (groups.Count == 0)
        {
            return teams;
        }

        var groupOfTeam = new Dictionary<string, string>(StringComparer.Ordinal);
        var pools = new List<PlanTeam>();
        foreach (var group in groups)
        {
            if (pools.Any(p => p.Team == group.Name))
            {
                throw new UserInputException($"Rotation group '{group.Name}' is given twice.");
            }

            var owners = new List<string>();
            foreach (var service in group.Services)
            {
                if (!serviceTeams.TryGetValue(service, out var team))
                {
                    throw new UserInputException(
                        $"Rotation group '{group.Name}' names service '{service}', which no team in teams.yaml owns. Services: {string.Join(", ", serviceTeams.Keys.Order(StringComparer.Ordinal))}");
                }

                if (groupOfTeam.TryGetValue(team, out var other) && other != group.Name)
                {
                    throw new UserInputException(
                        $"Team '{team}' owns services in rotation groups '{other}' and '{group.Name}'; a team's engineers rotate in one group.");
                }

                groupOfTeam[team] = group.Name;
                if (!owners.Contains(team))
                {
                    owners.Add(team);
                }
            }

            var members = teams.Where(t => owners.Contains(t.Team)).ToList();
            var homes = members.SelectMany(t => t.Members.Select(m => (Member: m, t.Team)))
                .GroupBy(m => m.Member, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Team, StringComparer.Ordinal);
            var expertise = members.SelectMany(t => t.Expertise)
                .GroupBy(e => e.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.Ordinal);
            pools.Add(new PlanTeam(group.Name, homes.Keys.ToList(), group.Services, expertise, homes));
        }

        return [.. pools, .. teams.Where(t => !groupOfTeam.ContainsKey(t.Team))];
    }
}
