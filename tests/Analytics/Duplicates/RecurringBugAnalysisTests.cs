using Reporting.Analytics.Duplicates;
using Reporting.Ingest.Loading;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Analytics.Tests.Duplicates;

/// <summary>Recurring-bug groups computed from a generated sample company and stored in the warehouse.</summary>
public class RecurringBugAnalysisTests : IAsyncLifetime
{
    private readonly SampleWarehouse _sample = new();

    public Task InitializeAsync() => _sample.InitializeAsync();

    public Task DisposeAsync() => _sample.DisposeAsync();

    [Fact]
    public async Task Groups_are_stored_with_owner_counts_and_a_state()
    {
        var connection = _sample.Warehouse.Connection;

        var summary = await new RecurringBugAnalysis(connection, TestClock.Create()).ClusterAsync();

        Assert.True(summary.Groups > 10, $"only {summary.Groups} groups");
        Assert.Equal(summary.Groups, await connection.ScalarAsync<long>("SELECT count(*) FROM recurring_groups"));
        Assert.Equal(summary.GroupedTickets, await connection.ScalarAsync<long>("SELECT count(*) FROM recurring_group_members"));
        Assert.Equal(0, await connection.ScalarAsync<long>(
            "SELECT count(*) FROM recurring_groups WHERE state NOT IN ('new', 'growing', 'steady', 'fading', 'regressed')"));
        Assert.Equal(0, await connection.ScalarAsync<long>(
            """
            SELECT count(*) FROM recurring_groups g
            WHERE g.tickets <> (SELECT count(*) FROM recurring_group_members m WHERE m.group_id = g.group_id) OR g.first_seen > g.last_seen
            """));
    }

    [Fact]
    public async Task Planted_families_stored_in_a_warehouse_are_grouped_without_mixing_problems()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        var planted = await PlantAsync(warehouse);

        await new RecurringBugAnalysis(warehouse.Connection, TestClock.Create()).ClusterAsync();

        var groupOf = (await warehouse.Connection.ListAsync<(string Ticket, string Group)>("SELECT ticket_id, group_id FROM recurring_group_members"))
            .ToDictionary(r => r.Ticket, r => r.Group);
        var family = TicketFixtures.FamilyOf(planted);
        Assert.All(groupOf.GroupBy(g => g.Value), group =>
            Assert.Single(group.Select(member => family.GetValueOrDefault(member.Key, "distractor:" + member.Key)).Distinct()));
        Assert.True(groupOf.Values.Distinct().Count() >= 2, "at least two planted families should form groups");
    }

    [Fact]
    public async Task Running_again_keeps_every_group_id()
    {
        var connection = _sample.Warehouse.Connection;
        var analysis = new RecurringBugAnalysis(connection, TestClock.Create());
        await analysis.ClusterAsync();
        var before = await connection.ListAsync<string>("SELECT group_id || ':' || ticket_id FROM recurring_group_members ORDER BY 1");

        var again = await analysis.ClusterAsync();

        Assert.Equal(again.Groups, again.GroupsKeepingTheirId);
        Assert.Equal(before, await connection.ListAsync<string>("SELECT group_id || ':' || ticket_id FROM recurring_group_members ORDER BY 1"));
    }

    [Fact]
    public async Task The_evaluation_protocol_runs_over_warehouse_tickets_and_their_links()
    {
        var loaded = await DuplicateCandidateLoader.LoadAsync(_sample.Warehouse.Connection, CancellationToken.None);

        var report = DuplicateEvaluator.Evaluate(loaded.Tickets, loaded.Links);

        Assert.Equal(DuplicateEvaluation.BuildQueries(loaded.Tickets, loaded.Links).Count, report.Queries);
        Assert.True(report.Queries > 20);
        Assert.InRange(report.RecallAt1, 0, report.RecallAt5);
        Assert.InRange(report.RecallAt5, report.RecallAt1, report.RecallAt10);
        // Each planted report links only to its family's first report, which competes with dozens of later family
        // members for the top ten: a floor, not a target.
        Assert.True(report.RecallAt10 > 0.25, $"Recall@10 {report.RecallAt10:F2} on planted families");
    }

    [Fact]
    public async Task Similar_tickets_are_earlier_ones_of_the_same_problem_and_unknown_ids_are_null()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        var planted = await PlantAsync(warehouse);
        var family = TicketFixtures.FamilyOf(planted);
        var query = planted.Last(t => family.ContainsKey(t.Id));
        using var finder = new SimilarTicketFinder();
        await finder.RefreshAsync(warehouse.Connection, CancellationToken.None);

        var similar = await finder.SimilarToAsync(query.Id, 5, CancellationToken.None);

        Assert.NotNull(similar);
        Assert.All(similar!, s => Assert.True(s.CreatedAt < query.CreatedAt));
        Assert.Equal(family[query.Id], family.GetValueOrDefault(similar![0].Id));
        Assert.Null(await finder.SimilarToAsync("NO-SUCH-TICKET", 5, CancellationToken.None));
    }

    /// <summary>Stores the hand-written planted families as tickets, each linked to its family's first report.</summary>
    private static async Task<List<DuplicateCandidate>> PlantAsync(TempWarehouse warehouse)
    {
        var planted = TicketFixtures.PlantedFamilies();
        var family = TicketFixtures.FamilyOf(planted);
        var first = planted.Where(t => family.ContainsKey(t.Id)).GroupBy(t => family[t.Id]).ToDictionary(g => g.Key, g => g.First().Id);
        var records = planted.Select(t => new Reporting.Ingest.Tickets.TicketRecord
        {
            Source = "fixture", ExternalId = t.Id, CreatedAt = t.CreatedAt, Subject = t.Subject, Body = t.Body, Product = t.Product,
            Service = t.Service, AffectedVersions = t.Versions,
            DuplicateOf = family.TryGetValue(t.Id, out var f) && first[f] != t.Id ? [first[f]] : [],
        }).ToList();
        await new TicketBatchWriter(warehouse.Connection, TestClock.Create()).WriteAsync(new TicketBatch("fixture", records, [], []), 1);
        return planted;
    }
}
