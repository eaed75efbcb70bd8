using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Reporting.Ingest.Company;

/// <summary>Reads teams.yaml: teams, their product manager, members with weekly hours, and owned services.</summary>
public static class TeamsFile
{
    public static TeamsDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found", path);
        }

        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        TeamsYaml? raw;
        try
        {
            raw = deserializer.Deserialize<TeamsYaml>(File.ReadAllText(path));
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{path}:{ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        if (raw?.Teams is not { Count: > 0 })
        {
            throw new InvalidDataException($"{path}: no teams defined (expected a top-level 'teams:' list)");
        }

        var teams = new List<TeamDefinition>();
        foreach (var (team, index) in raw.Teams.Select((t, i) => (t, i)))
        {
            var where = $"{path}: teams[{index}]";
            if (string.IsNullOrWhiteSpace(team.Name))
            {
                throw new InvalidDataException($"{where}: team has no name");
            }

            var members = new List<TeamMember>();
            foreach (var member in team.Members ?? [])
            {
                if (string.IsNullOrWhiteSpace(member.Name))
                {
                    throw new InvalidDataException($"{where} ({team.Name}): a member has no name");
                }

                if (member.WeeklyHours is < 0 or > 168)
                {
                    throw new InvalidDataException($"{where} ({team.Name}): member {member.Name} has weekly_hours {member.WeeklyHours}, expected 0–168");
                }

                members.Add(new TeamMember(member.Name.Trim(), member.WeeklyHours));
            }

            var pm = team.ProductManager is { } p ? new ProductManager(p.Name ?? "", p.Email ?? "", p.TimeZone ?? "UTC") : null;
            teams.Add(new TeamDefinition(team.Name.Trim(), pm, members, (team.Services ?? []).Select(s => s.Trim()).ToList()));
        }

        var duplicateService = teams.SelectMany(t => t.Services.Select(s => (Service: s, Team: t.Name)))
            .GroupBy(x => x.Service).FirstOrDefault(g => g.Count() > 1);
        if (duplicateService is not null)
        {
            throw new InvalidDataException(
                $"{path}: service {duplicateService.Key} is owned by more than one team ({string.Join(", ", duplicateService.Select(x => x.Team))})");
        }

        return new TeamsDocument(teams);
    }

    private sealed class TeamsYaml
    {
        public List<TeamYaml>? Teams { get; set; }
    }

    private sealed class TeamYaml
    {
        public string? Name { get; set; }
        public ProductManagerYaml? ProductManager { get; set; }
        public List<MemberYaml>? Members { get; set; }
        public List<string>? Services { get; set; }
    }

    private sealed class ProductManagerYaml
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? TimeZone { get; set; }
    }

    private sealed class MemberYaml
    {
        public string? Name { get; set; }
        public double WeeklyHours { get; set; }
    }
}

public sealed record TeamsDocument(IReadOnlyList<TeamDefinition> Teams);

public sealed record TeamDefinition(string Name, ProductManager? ProductManager, IReadOnlyList<TeamMember> Members, IReadOnlyList<string> Services);

public sealed record ProductManager(string Name, string Email, string TimeZone);

public sealed record TeamMember(string Name, double WeeklyHours);
