using static Reporting.Samples.Tests.TicketColumns;

namespace Reporting.Samples.Tests;

/// <summary>
/// The sample's tickets are as hard to route as real ones: generic words and feature-area tags are shared by
/// several services, only a minority of tickets carry their service's own tag, and owners that move stay in their team.
/// </summary>
[Collection(DefaultSampleCollection.Name)]
public sealed class RoutingAmbiguityTests(DefaultSampleFixture sample)
{
    [Fact]
    public void Every_generic_symptom_is_written_on_tickets_of_several_services()
    {
        var routed = sample.Tickets.Where(r => r[Service].Length > 0).ToList();

        foreach (var symptom in CustomerWordGroups.All.SelectMany(g => g.Symptoms))
        {
            var services = routed
                .Where(r => (r[Subject] + " " + r[Body]).Contains(symptom, StringComparison.OrdinalIgnoreCase))
                .Select(r => r[Service])
                .Distinct(StringComparer.Ordinal)
                .Count();
            Assert.True(services >= 4, $"\"{symptom}\" is written about {services} services only");
        }
    }

    [Fact]
    public void Feature_area_tags_span_services_and_a_minority_of_tickets_carry_their_services_own_tag()
    {
        var routed = sample.Tickets.Where(r => r[Service].Length > 0).ToList();
        var tagsOf = ServiceCatalog.Services.ToDictionary(s => s.Id, s => s.Tags, StringComparer.Ordinal);

        foreach (var group in CustomerWordGroups.All)
        {
            var services = routed.Where(r => r[Tags].Split(';').Contains(group.Name)).Select(r => r[Service]).Distinct(StringComparer.Ordinal).Count();
            Assert.True(services >= 4, $"tag {group.Name} is on tickets of {services} services only");
        }

        // Some feature areas share a name with a service's own tag ("login", "export"), so this counts those too.
        var ownTag = routed.Count(r => r[Tags].Split(';').Intersect(tagsOf[r[Service]]).Any()) / (double)routed.Count;
        Assert.InRange(ownTag, 0.25, 0.4);
    }

    [Fact]
    public void Owners_that_move_stay_in_their_team_so_only_misrouted_tickets_disagree_with_teams_yaml()
    {
        Assert.All(OwnerMoves.All, move => Assert.Equal(OwningTeam(move.FromService), OwningTeam(move.ToService)));

        var disagreeing = sample.Tickets.Count(r => r[Service].Length > 0 && r[Team] != OwningTeam(r[Service]));

        Assert.Equal(sample.Summary.MisroutedTickets, disagreeing);
    }

    [Fact]
    public void A_move_relabels_its_share_of_questions_inside_its_window_and_no_bugs_and_nothing_outside()
    {
        var period = new SamplePeriod(new DateOnly(2026, 1, 5), 10);
        var move = OwnerMoves.All.Single(m => m.FromService == "rate-limiter");
        var service = ServiceCatalog.Services.Single(s => s.Id == move.FromService);
        var random = new Random(1);
        var before = period.StartUtc + ((period.EndUtc - period.StartUtc) * (move.From / 2));
        var during = period.StartUtc + ((period.EndUtc - period.StartUtc) * ((move.From + move.Until) / 2));

        var movedBefore = Enumerable.Range(0, 2000).Count(_ => OwnerMoves.Recorded(random, period, service, TicketType.Question, before) != service.Id);
        var movedDuring = Enumerable.Range(0, 2000).Count(_ => OwnerMoves.Recorded(random, period, service, TicketType.Question, during) == move.ToService);

        var bugsMoved = Enumerable.Range(0, 2000).Count(_ => OwnerMoves.Recorded(random, period, service, TicketType.Bug, during) != service.Id);

        Assert.Equal(0, movedBefore);
        Assert.InRange(movedDuring / 2000.0, move.Share - 0.03, move.Share + 0.03);
        Assert.Equal(0, bugsMoved);
    }

    private static string OwningTeam(string service) => ServiceCatalog.Services.Single(s => s.Id == service).Team;
}
