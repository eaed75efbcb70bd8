using Reporting.Ingest.Company;
using Reporting.Ingest.Setup;
using Reporting.Ingest.Tests.Sources;
using Reporting.Samples;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Ingest.Tests.Setup;

/// <summary>
/// <c>setup propose</c>: teams, members and service owners read from the tickets, written as a teams.yaml that loads.
/// </summary>
public class CompanyProposerTests
{
    /// <summary>
    /// Payments owns billing (4 of its 5 tickets); Ann works Payments (3 tickets) and once for Search; Bob has one
    /// ticket, Eve's three are a year old; Search owns search-api; Ops names no service; nobody works Ghost's tickets.
    /// </summary>
    private const string Tickets =
        """
        id,created_at,resolved_at,subject,service,team,assignee
        P1,2026-11-02T09:00:00Z,2026-11-02T12:00:00Z,Invoice wrong,billing,Payments,Ann
        P2,2026-11-03T09:00:00Z,,Invoice late,billing,Payments,Ann
        P3,2026-11-04T09:00:00Z,,Refund,billing,Payments,Ann
        P4,2026-11-05T09:00:00Z,,Tax,billing,Payments,Bob
        S1,2026-11-02T10:00:00Z,,Search slow,search-api,Search,Cem
        S2,2026-11-03T10:00:00Z,,Search empty,search-api,Search,Cem
        S3,2026-11-04T10:00:00Z,,Search down,search-api,Search,Cem
        S4,2026-11-05T10:00:00Z,,Billing search,billing,Search,Ann
        O1,2026-11-06T10:00:00Z,,Disk full,,Ops,Dee
        O2,2026-11-07T10:00:00Z,,Cert expired,,Ops,Dee
        O3,2026-11-08T10:00:00Z,,Backup failed,,Ops,Dee
        G1,2026-11-09T10:00:00Z,,Ghost,ghost-svc,Ghost,
        E1,2025-10-01T10:00:00Z,,Old,billing,Payments,Eve
        E2,2025-10-02T10:00:00Z,,Old,billing,Payments,Eve
        E3,2025-10-03T10:00:00Z,,Old,billing,Payments,Eve
        """;

    private const string Events =
        """
        ticket_id,at,kind,actor,detail
        P4,2026-11-05T11:00:00Z,comment,Ann,Looking
        P4,2026-11-05T12:00:00Z,comment,customer,Thanks
        P3,2026-11-04T12:00:00Z,comment,customer,Still broken
        G1,2026-11-09T11:00:00Z,comment,customer,Anyone?
        """;

    [Fact]
    public async Task Each_person_joins_the_team_they_were_assigned_most_and_each_service_the_team_that_handles_most_of_it()
    {
        await using var w = await WarehouseWithAsync(("tickets.csv", Tickets), ("events.csv", Events));

        var proposal = await new CompanyProposer(w.Connection).ProposeAsync(new ProposalOptions(), CancellationToken.None);

        Assert.Equal(["Payments", "Search", "Ops"], proposal.Teams.Select(t => t.Name));
        var payments = proposal.Teams[0];
        Assert.Equal((7L, new DateTime(2026, 11, 5, 9, 0, 0)), (payments.Tickets, payments.LastTicket));
        var ann = Assert.Single(payments.Members);
        Assert.Equal(("Ann", 4L, 3L, 1L), (ann.Name, ann.AssignedTickets, ann.TeamTickets, ann.Comments));
        Assert.Equal(
            [("Eve", "inactive for more than 26 weeks"), ("Bob", "assigned fewer than 3 tickets"), ("customer", "never assigned a ticket")],
            payments.Candidates.Select(c => (c.Name, c.Reason)));
        var billing = Assert.Single(payments.Services);
        Assert.Equal(("billing", 8L, 7L), (billing.Name, billing.Tickets, billing.TeamTickets));

        Assert.Equal(["Cem"], proposal.Teams[1].Members.Select(m => m.Name));
        Assert.Equal(["search-api"], proposal.Teams[1].Services.Select(s => s.Name));
        var ops = proposal.Teams[2];
        Assert.Equal(("Dee", true, "Ops"), (Assert.Single(ops.Members).Name, ops.ServicePlaceholder, Assert.Single(ops.Services).Name));
        var ghost = Assert.Single(proposal.LeftOut);
        Assert.Equal(("Ghost", 1L, "ghost-svc"), (ghost.Name, ghost.Tickets, Assert.Single(ghost.Services)));
        Assert.Equal("nobody worked on 3+ of its tickets in the 26 weeks before 2026-11-09", ghost.Reason);
    }

    [Fact]
    public async Task The_draft_loads_as_teams_yaml_with_placeholder_managers_to_fill_in_and_the_evidence_in_comments()
    {
        await using var w = await WarehouseWithAsync(("tickets.csv", Tickets), ("events.csv", Events));
        var proposal = await new CompanyProposer(w.Connection).ProposeAsync(new ProposalOptions(), CancellationToken.None);

        var yaml = ProposalYaml.Write(proposal, "/data/warehouse.duckdb", new DateOnly(2026, 11, 23));

        var document = TeamsFile.Parse(yaml, "draft");
        Assert.Equal(["Payments", "Search", "Ops"], document.Teams.Select(t => t.Name));
        Assert.All(document.Teams, t => Assert.Equal(new ProductManager("Fill in", "pm@example.invalid", "UTC"), t.ProductManager));
        Assert.All(document.Teams.SelectMany(t => t.Members), m => Assert.Equal(40, m.WeeklyHours));
        var lines = yaml.Split('\n');
        Assert.StartsWith("# Draft teams.yaml proposed by `reporting setup propose` from warehouse.duckdb on 2026-11-23.", lines[0]);
        Assert.Contains("      - name: Ann  # assigned 3 of this team's tickets (4 in all), worked on 4, 1 comments, last active 2026-11-05", lines);
        Assert.Contains("      # - name: Bob  # assigned 1 of this team's tickets (1 in all), worked on 1, 0 comments, last active 2026-11-05; assigned fewer than 3 tickets", lines);
        Assert.Contains("      - billing  # 8 tickets, 88% by this team", lines);
        Assert.Contains("    services:  # fill in: no ticket of this team names a service; its name stands in", lines);
        Assert.Contains("#   Ghost: 1 tickets; services ghost-svc: nobody worked on 3+ of its tickets in the 26 weeks before 2026-11-09", lines);
        Assert.Equal(3, lines.Count(l => l.Contains("product_manager:  # fill in", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("Ann: Lead")]
    [InlineData("#1 fan")]
    [InlineData("O'Neil \"Ned\"")]
    [InlineData("3.14")]
    [InlineData("Zoë Đặng")]
    [InlineData("- dash")]
    public void Names_YAML_would_misread_are_quoted_and_read_back_unchanged(string name)
    {
        var member = new ProposedMember(name, 5, 5, 0, new DateTime(2026, 11, 1));
        var team = new ProposedTeam(name, 5, new DateTime(2026, 11, 1), [member], [], 0, [new ProposedService(name, 5, 5)], false);
        var proposal = new CompanyProposal([team], [], new DateTime(2026, 11, 1), new ProposalOptions());

        var document = TeamsFile.Parse(ProposalYaml.Write(proposal, "w.duckdb", new DateOnly(2026, 11, 23)), "draft");

        Assert.Equal((name, name, name), (document.Teams[0].Name, document.Teams[0].Members[0].Name, document.Teams[0].Services[0]));
    }

    [Fact]
    public async Task Jira_projects_become_teams_with_their_components_and_commenters_where_nobody_is_assigned()
    {
        await using var w = await TempWarehouse.CreateAsync();
        foreach (var path in JiraFixtures.Paths)
        {
            await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(path, "jira");
        }

        var proposer = new CompanyProposer(w.Connection);
        var strict = await Assert.ThrowsAsync<UserInputException>(() => proposer.ProposeAsync(new ProposalOptions(), CancellationToken.None));
        var proposal = await proposer.ProposeAsync(new ProposalOptions { MinAssignedTickets = 1, ActiveWeeks = 520 }, CancellationToken.None);

        Assert.Equal("No team has anyone who worked on 3+ of its tickets in the 26 weeks before 2016-11-24: lower --min-tickets or raise --active-weeks.", strict.Message);
        Assert.Equal(
            [
                ("HADOOP", false, "gchanan, gtCarrera", "HADOOP/conf, HADOOP/security"),
                ("HDFS", true, "andrew.wang, jojochuang, lucaslm, qwertymaniac, romainr", "HDFS/encryption, HDFS/webhdfs"),
                ("MAPREDUCE", true, "aw, cos, garymurry, vinodkv", "MAPREDUCE/build"),
                ("YARN", true, "sandyr, stevel@apache.org", "YARN/client"),
            ],
            proposal.Teams.Select(t => (t.Name, t.MembersFromComments, string.Join(", ", t.Members.Select(m => m.Name).Order(StringComparer.Ordinal)),
                string.Join(", ", t.Services.Select(s => s.Name)))));
        _ = TeamsFile.Parse(ProposalYaml.Write(proposal, "jira.duckdb", new DateOnly(2026, 11, 23)), "draft");
    }

    [Fact]
    public async Task On_a_generated_sample_company_the_proposal_agrees_with_its_teams_yaml()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var samples = Path.Combine(w.Directory, "samples");
        SampleCompanyGenerator.Generate(new SampleOptions(Seed: 11, Weeks: 8), samples);
        var ingestor = new FileIngestor(w.Connection, TestClock.Create());
        await ingestor.IngestAsync(Path.Combine(samples, SampleCompanyGenerator.TicketsFileName), "samples");
        await ingestor.IngestAsync(Path.Combine(samples, SampleCompanyGenerator.EventsFileName), "samples");

        var proposal = await new CompanyProposer(w.Connection).ProposeAsync(new ProposalOptions(), CancellationToken.None);
        var agreement = ProposalAgreement.Compare(proposal, TeamsFile.Read(Path.Combine(samples, SampleCompanyGenerator.TeamsFileName)));

        Assert.Equal((8, 8), (agreement.Teams, agreement.TeamsFound));
        Assert.True(agreement.MemberShare >= 0.95, $"{agreement.MembersSameTeam}/{agreement.Members} members in the same team");
        Assert.True(agreement.ServiceShare >= 0.95, $"{agreement.ServicesSameOwner}/{agreement.Services} services with the same owner");
        Assert.Equal(0, agreement.ExtraMembers);
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
