using Reporting.Ingest.Company;

namespace Reporting.Samples;

/// <summary>
/// Staffs the catalog's teams from the name pool: 4-7 engineers each, mostly full time, and 6 product managers
/// of whom two look after a second team.
/// </summary>
internal static class TeamRosterBuilder
{
    private const int DistinctProductManagers = 6;
    private static readonly int[] PartTimeHours = [32, 32, 24, 20];

    public static TeamsDocument Build(Random random)
    {
        var engineers = PeopleCatalog.Engineers.ToList();
        random.Shuffle(engineers);
        var managers = PeopleCatalog.ProductManagers.ToList();
        random.Shuffle(managers);

        var teamNames = ServiceCatalog.TeamNames;
        var managerOfTeam = new ProductManager[teamNames.Count];
        var teamOrder = Enumerable.Range(0, teamNames.Count).ToList();
        random.Shuffle(teamOrder);
        for (var i = 0; i < teamOrder.Count; i++)
        {
            // The first six teams get their own manager; the rest share one of the first two managers.
            managerOfTeam[teamOrder[i]] = i < DistinctProductManagers ? managers[i] : managers[i - DistinctProductManagers];
        }

        var next = 0;
        var teams = new List<TeamDefinition>();
        for (var t = 0; t < teamNames.Count; t++)
        {
            var size = random.Next(4, 8);
            var members = new List<TeamMember>();
            for (var m = 0; m < size; m++)
            {
                var hours = random.Chance(0.8) ? 40 : random.Pick(PartTimeHours);
                members.Add(new TeamMember(engineers[next++], hours));
            }

            var services = ServiceCatalog.Services.Where(s => s.Team == teamNames[t]).Select(s => s.Id).ToList();
            teams.Add(new TeamDefinition(teamNames[t], managerOfTeam[t], members, services));
        }

        return new TeamsDocument(teams);
    }
}
