using YamlDotNet.Serialization;

namespace Reporting.Ingest.Company;

/// <summary>
/// Mutable mirror of teams.yaml for YamlDotNet, which cannot call record constructors. Every field is nullable
/// so the reader can tell a missing value from a wrong one and say which.
/// </summary>
internal static class TeamsYamlShape
{
    internal sealed class Document
    {
        [YamlMember(Alias = "teams")]
        public List<Team?>? Teams { get; set; }
    }

    internal sealed class Team
    {
        [YamlMember(Alias = "name")]
        public string? Name { get; set; }

        [YamlMember(Alias = "product_manager")]
        public Manager? ProductManager { get; set; }

        [YamlMember(Alias = "members")]
        public List<Member?>? Members { get; set; }

        [YamlMember(Alias = "services")]
        public List<string?>? Services { get; set; }
    }

    internal sealed class Manager
    {
        [YamlMember(Alias = "name")]
        public string? Name { get; set; }

        [YamlMember(Alias = "email")]
        public string? Email { get; set; }

        [YamlMember(Alias = "time_zone")]
        public string? TimeZone { get; set; }
    }

    internal sealed class Member
    {
        [YamlMember(Alias = "name")]
        public string? Name { get; set; }

        [YamlMember(Alias = "weekly_hours")]
        public int? WeeklyHours { get; set; }
    }
}
