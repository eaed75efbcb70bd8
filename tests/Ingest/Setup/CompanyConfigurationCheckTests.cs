using Reporting.Ingest.Company;
using Reporting.Ingest.Setup;
using Reporting.Testing;

namespace Reporting.Ingest.Tests.Setup;

/// <summary><c>setup check</c>: one finding per thing in the configuration the warehouse contradicts.</summary>
public class CompanyConfigurationCheckTests
{
    private const string Teams =
        """
        teams:
          - name: Payments
            product_manager: {name: Zoë Fischer, email: zoe@example.com, time_zone: Europe/Berlin}
            members:
              - {name: Ann, weekly_hours: 40}
              - {name: Bob, weekly_hours: 40}
              - {name: Typo Name, weekly_hours: 40}
            services: [billing, ledger]
          - name: Search
            product_manager: {name: Fill in, email: pm@example.invalid, time_zone: UTC}
            members:
              - {name: Cem, weekly_hours: 32}
            services: [search-api]
        """;

    private const string Tickets =
        """
        id,created_at,subject,service,team,assignee
        T1,2026-11-02T09:00:00Z,Invoice wrong,billing,Payments,Ann
        T2,2026-11-03T09:00:00Z,Search slow,search-api,Search,Cem
        T3,2026-11-04T09:00:00Z,Export,reports,Insights,
        T4,2026-11-05T09:00:00Z,Export again,reports,Insights,
        """;

    private const string Events =
        """
        ticket_id,at,kind,actor,detail
        T1,2026-11-02T10:00:00Z,comment,Bob,On it
        """;

    private const string Rotation =
        """
        week,team,engineer
        2026-W44,Payments,Ann
        2026-W45,Payments,Cem
        2026-W48,Payments,Bob
        2026-W44,Search,Cem
        2026-W45,Search,Cem
        2026-W46,Search,Cem
        2026-W47,Search,Cem
        2026-W48,Search,Cem
        2026-W46,Platform,Dan
        """;

    private const string Releases =
        """
        service,version,release_date
        billing,1.0,2026-11-02
        reports,2.1,2026-11-03
        """;

    private const string Absences =
        """
        engineer,start_date,end_date
        Ann,2026-11-09,2026-11-10
        Zed,2026-11-09,2026-11-10
        """;

    [Fact]
    public async Task Every_contradiction_between_configuration_and_warehouse_is_one_finding()
    {
        await using var w = await WarehouseWithAsync(("teams.yaml", Teams), ("tickets.csv", Tickets), ("events.csv", Events),
            ("rotation.csv", Rotation), ("releases.csv", Releases), ("absences.csv", Absences));

        var findings = await new CompanyConfigurationCheck(w.Connection).CheckAsync(null, CancellationToken.None);

        Assert.Equal(
            [
                "placeholder_pm: team 'Search': the product manager is still the placeholder <pm@example.invalid>: fill in their name, e-mail and time zone",
                "member_never_seen: team 'Payments': member 'Typo Name' is on no ticket or event (assignee, comment, assignment); check the spelling",
                "service_never_seen: team 'Payments': service 'ledger' is on no ticket; check the spelling",
                "ticket_service_not_configured: service 'reports' (2 tickets) has no team: add it to a team's services",
                "ticket_team_not_configured: tickets name team 'Insights' (2 tickets), which teams.yaml does not have",
                "release_service_without_team: releases of service 'reports' (1) belong to no team, so no team's capacity sees their bug tail",
                "rotation_week_missing: team 'Payments': no engineer on rotation in 2026-W46..2026-W47 (2 weeks); capacity fills it round-robin",
                "rotation_team_not_configured: the rotation names team 'Platform' (1 week(s) from 2026-W46), which teams.yaml does not have",
                "rotation_engineer_not_member: team 'Payments': 'Cem' is on rotation 1 week(s) from 2026-W45 but is a member of 'Search'",
                "absence_engineer_not_member: absences name 'Zed', who is not a member of any team",
            ],
            findings.Select(f => f.ToString()));
    }

    [Fact]
    public async Task A_teams_file_not_loaded_yet_is_checked_instead_of_the_loaded_one()
    {
        await using var w = await WarehouseWithAsync(("tickets.csv", Tickets), ("events.csv", Events));
        var fixedTeams = TeamsFile.Parse(Teams.Replace("pm@example.invalid", "ines@example.com", StringComparison.Ordinal)
            .Replace(", ledger", ", reports", StringComparison.Ordinal).Replace("      - {name: Typo Name, weekly_hours: 40}\n", "", StringComparison.Ordinal),
            "teams.yaml");

        var loaded = await new CompanyConfigurationCheck(w.Connection).CheckAsync(null, CancellationToken.None);
        var file = await new CompanyConfigurationCheck(w.Connection).CheckAsync(fixedTeams, CancellationToken.None);

        Assert.Equal(["no_teams", "ticket_service_not_configured", "ticket_service_not_configured", "ticket_service_not_configured",
            "ticket_team_not_configured", "ticket_team_not_configured", "ticket_team_not_configured"], loaded.Select(f => f.Kind));
        Assert.Equal(
            [
                "ticket_team_not_configured: tickets name team 'Insights' (2 tickets), which teams.yaml does not have",
                "rotation_missing: no rotation is loaded: capacity puts members on rotation round-robin (load rotation.csv or a calendar .ics)",
            ],
            file.Select(f => f.ToString()));
    }

    private static async Task<TempWarehouse> WarehouseWithAsync(params (string Name, string Text)[] files)
    {
        var w = await TempWarehouse.CreateAsync();
        var folder = Path.Combine(w.Directory, "input");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name), text.ReplaceLineEndings("\n") + "\n");
        }

        await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(folder, "files");
        return w;
    }
}
