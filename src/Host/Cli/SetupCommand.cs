using System.CommandLine;
using System.Globalization;
using Reporting.Ingest.Company;
using Reporting.Ingest.Setup;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting setup propose --db FILE --out teams.yaml [--compare teams.yaml] [--min-tickets 3] [--active-weeks 26] [--json]</c> and
/// <c>reporting setup check --db FILE [--teams teams.yaml] [--json]</c>: the company configuration drafted from the tickets,
/// and checked against them. Findings are output, not errors: check exits 0 when clean and 2 when it found something.
/// </summary>
public static class SetupCommand
{
    /// <summary>The exit code of <c>setup check</c> when it found something (1 stays a user's mistake).</summary>
    public const int FindingsExitCode = 2;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Build(TimeProvider time) =>
        new("setup", "Set up the company configuration from the data: draft teams.yaml, then check it") { Propose(time), Check() };

    private static Command Propose(TimeProvider time)
    {
        var db = CliOptions.Database();
        var output = new Option<string>("--out") { Description = "Where to write the draft teams.yaml", Required = true };
        var compare = new Option<string?>("--compare") { Description = "A known teams.yaml to measure the draft against (members in the same team, services with the same owner)" };
        var minTickets = new Option<int>("--min-tickets") { Description = "Assigned tickets that make a person a member (default 3)", DefaultValueFactory = _ => 3 };
        var activeWeeks = new Option<int>("--active-weeks") { Description = "Members must have been active this many weeks before the newest activity (default 26)", DefaultValueFactory = _ => 26 };
        var json = CliOptions.Json();
        var command = new Command("propose", "Write a commented draft teams.yaml from the tickets: teams, members, services and their owners")
        {
            db, output, compare, minTickets, activeWeeks, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var options = new ProposalOptions { MinAssignedTickets = result.GetValue(minTickets), ActiveWeeks = result.GetValue(activeWeeks) };
            if (options.MinAssignedTickets is < 1 or > 10_000)
            {
                throw new UserInputException($"--min-tickets must be between 1 and 10000, not {options.MinAssignedTickets}");
            }

            if (options.ActiveWeeks is < 1 or > 520)
            {
                throw new UserInputException($"--active-weeks must be between 1 and 520, not {options.ActiveWeeks}");
            }

            var known = result.GetValue(compare) is { } path ? TeamsFile.Read(path) : null;
            var file = result.GetValue(output)!;
            var database = result.GetValue(db)!;
            CompanyProposal proposal;
            await using (var connection = await WarehouseConnection.OpenReadOnlyAsync(database, cancellationToken))
            {
                proposal = await new CompanyProposer(connection).ProposeAsync(options, cancellationToken);
            }

            var text = ProposalYaml.Write(proposal, database, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            await File.WriteAllTextAsync(file, text, new System.Text.UTF8Encoding(false), cancellationToken);
            var agreement = known is null ? null : ProposalAgreement.Compare(proposal, known);
            if (result.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    output = Path.GetFullPath(file),
                    teams = proposal.Teams.Select(t => new { t.Name, t.Tickets, members = t.Members.Count, services = t.Services.Select(s => s.Name), placeholder_service = t.ServicePlaceholder }),
                    left_out = proposal.LeftOut,
                    agreement = agreement is null ? null : new
                    {
                        agreement.Members, agreement.MembersSameTeam, member_share = Math.Round(agreement.MemberShare, 4),
                        agreement.Services, agreement.ServicesSameOwner, service_share = Math.Round(agreement.ServiceShare, 4),
                        agreement.Teams, agreement.TeamsFound, agreement.ExtraMembers,
                    },
                });
                return 0;
            }

            Console.WriteLine(string.Create(C,
                $"Wrote {Path.GetFullPath(file)}: {proposal.Teams.Count} teams, {proposal.Members} members, {proposal.Services} services; {proposal.LeftOut.Count} teams left out"));
            foreach (var team in proposal.Teams)
            {
                Console.WriteLine(string.Create(C,
                    $"  {team.Name}: {team.Members.Count} members, {(team.ServicePlaceholder ? "no service (placeholder)" : $"{team.Services.Count} services")}, {team.Tickets:N0} tickets"));
            }

            if (agreement is not null)
            {
                Console.WriteLine(string.Create(C,
                    $"Against {result.GetValue(compare)}: {agreement.MembersSameTeam}/{agreement.Members} members in the same team ({agreement.MemberShare:P1}), " +
                    $"{agreement.ServicesSameOwner}/{agreement.Services} services with the same owner ({agreement.ServiceShare:P1}), " +
                    $"{agreement.TeamsFound}/{agreement.Teams} teams found, {agreement.ExtraMembers} members it does not list"));
            }

            Console.WriteLine("Fill in the product managers (\"fill in\"), then: reporting ingest teams.yaml --db FILE && reporting setup check --db FILE");
            return 0;
        }));
        return command;
    }

    private static Command Check()
    {
        var db = CliOptions.Database();
        var teams = new Option<string?>("--teams") { Description = "Check this teams.yaml instead of the one loaded in the warehouse" };
        var json = CliOptions.Json();
        var command = new Command("check",
            "Check the company configuration against the warehouse, one line per finding; exit 0 when clean, 2 with findings")
        {
            db, teams, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var document = result.GetValue(teams) is { } path ? TeamsFile.Read(path) : null;
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(result.GetValue(db)!, cancellationToken);
            var findings = await new CompanyConfigurationCheck(connection).CheckAsync(document, cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(new { clean = findings.Count == 0, count = findings.Count, findings });
            }
            else
            {
                foreach (var finding in findings)
                {
                    Console.WriteLine(finding.ToString());
                }

                Console.WriteLine(findings.Count == 0 ? "clean: the configuration matches the warehouse" : string.Create(C, $"{findings.Count} finding(s)"));
            }

            return findings.Count == 0 ? 0 : FindingsExitCode;
        }));
        return command;
    }
}
