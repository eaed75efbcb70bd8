using System.Globalization;

namespace Reporting.Ingest.Company;

/// <summary>Turns the loose YAML shape into a <see cref="TeamsDocument"/>, collecting every rule it breaks.</summary>
internal static class TeamsDocumentValidation
{
    public static TeamsDocument? Convert(TeamsYamlShape.Document? shape, List<string> problems)
    {
        if (shape?.Teams is null || shape.Teams.Count == 0)
        {
            problems.Add("no teams: the file needs a top-level 'teams:' list with at least one team");
            return null;
        }

        var teams = new List<TeamDefinition>();
        var teamNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var serviceOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        var engineerTeams = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < shape.Teams.Count; i++)
        {
            var team = ConvertTeam(shape.Teams[i], i + 1, problems, teamNames, serviceOwners, engineerTeams);
            if (team is not null)
            {
                teams.Add(team);
            }
        }

        return new TeamsDocument(teams);
    }

    private static TeamDefinition? ConvertTeam(
        TeamsYamlShape.Team? team,
        int number,
        List<string> problems,
        Dictionary<string, int> teamNames,
        Dictionary<string, string> serviceOwners,
        Dictionary<string, string> engineerTeams)
    {
        if (team is null)
        {
            problems.Add($"team #{number} is empty");
            return null;
        }

        var name = team.Name?.Trim();
        var where = string.IsNullOrEmpty(name) ? $"team #{number}" : $"team #{number} '{name}'";
        var before = problems.Count;
        if (string.IsNullOrEmpty(name))
        {
            problems.Add($"{where}: missing team name ('name:')");
        }
        else if (name.Contains('>', StringComparison.Ordinal))
        {
            // events.csv writes team moves as "Old>New", so the separator cannot be part of a name.
            problems.Add($"{where}: team name must not contain '>'");
        }
        else if (teamNames.TryGetValue(name, out var firstNumber))
        {
            problems.Add($"{where}: duplicate team name, already used by team #{firstNumber}");
        }
        else
        {
            teamNames.Add(name, number);
        }

        var manager = ConvertManager(team.ProductManager, where, problems);
        var members = ConvertMembers(team.Members, where, name ?? string.Empty, problems, engineerTeams);
        var services = ConvertServices(team.Services, where, name ?? string.Empty, problems, serviceOwners);
        return problems.Count == before && manager is not null
            ? new TeamDefinition(name!, manager, members, services)
            : null;
    }

    private static ProductManager? ConvertManager(TeamsYamlShape.Manager? manager, string where, List<string> problems)
    {
        if (manager is null)
        {
            problems.Add($"{where}: missing 'product_manager'");
            return null;
        }

        var name = manager.Name?.Trim();
        var email = manager.Email?.Trim();
        var timeZone = manager.TimeZone?.Trim();
        var ok = true;
        if (string.IsNullOrEmpty(name))
        {
            problems.Add($"{where}: product_manager has no name");
            ok = false;
        }

        if (string.IsNullOrEmpty(email) || email.IndexOf('@', StringComparison.Ordinal) <= 0 || email.EndsWith('@'))
        {
            problems.Add($"{where}: product_manager email '{email}' is not an e-mail address");
            ok = false;
        }

        if (string.IsNullOrEmpty(timeZone) || !LooksLikeIanaZone(timeZone))
        {
            problems.Add($"{where}: product_manager time_zone '{timeZone}' is not an IANA zone id like 'Europe/Berlin'");
            ok = false;
        }

        return ok ? new ProductManager(name!, email!, timeZone!) : null;
    }

    private static List<TeamMember> ConvertMembers(
        List<TeamsYamlShape.Member?>? members,
        string where,
        string teamName,
        List<string> problems,
        Dictionary<string, string> engineerTeams)
    {
        var result = new List<TeamMember>();
        if (members is null || members.Count == 0)
        {
            problems.Add($"{where}: no members");
            return result;
        }

        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var name = member?.Name?.Trim();
            var memberWhere = string.IsNullOrEmpty(name) ? $"{where}, member #{i + 1}" : $"{where}, member #{i + 1} '{name}'";
            if (string.IsNullOrEmpty(name))
            {
                problems.Add($"{memberWhere}: missing member name");
                continue;
            }

            if (engineerTeams.TryGetValue(name, out var otherTeam))
            {
                // Rotation, assignees and event actors name engineers only, so a name must be unique.
                problems.Add($"{memberWhere}: engineer is already listed in team '{otherTeam}'");
                continue;
            }

            engineerTeams.Add(name, teamName);
            if (member!.WeeklyHours is not { } hours)
            {
                problems.Add($"{memberWhere}: missing weekly_hours");
                continue;
            }

            if (hours is < 1 or > TeamsFile.MaxWeeklyHours)
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{memberWhere}: weekly_hours must be between 1 and {TeamsFile.MaxWeeklyHours}, got {hours}"));
                continue;
            }

            result.Add(new TeamMember(name, hours));
        }

        return result;
    }

    private static List<string> ConvertServices(
        List<string?>? services,
        string where,
        string teamName,
        List<string> problems,
        Dictionary<string, string> serviceOwners)
    {
        var result = new List<string>();
        if (services is null || services.Count == 0)
        {
            problems.Add($"{where}: owns no services");
            return result;
        }

        foreach (var raw in services)
        {
            var service = raw?.Trim();
            if (string.IsNullOrEmpty(service))
            {
                problems.Add($"{where}: empty service name in 'services'");
                continue;
            }

            if (serviceOwners.TryGetValue(service, out var owner))
            {
                problems.Add($"{where}: service '{service}' is already owned by team '{owner}' (each service has one owner)");
                continue;
            }

            serviceOwners.Add(service, teamName);
            result.Add(service);
        }

        return result;
    }

    // The tz database is not on every machine, so check the shape of the id rather than look it up.
    private static bool LooksLikeIanaZone(string zone) =>
        zone == "UTC" || (zone.Contains('/', StringComparison.Ordinal) && !zone.StartsWith('/') && !zone.EndsWith('/')
            && !zone.Contains(' ', StringComparison.Ordinal));
}
