using Reporting.Testing;
using Reporting.Warehouse.Queries;

namespace Reporting.Warehouse.Tests.Queries;

/// <summary>Acceptance of owner suggestions, counted from triage decisions only: per ISO week of the decision and team of the decided service.</summary>
public sealed class SuggestionAcceptanceQueriesTests : IAsyncLifetime
{
    // Monday of 2026-W47 and of 2026-W48.
    private static readonly DateTime W47 = new(2026, 11, 16, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime W48 = new(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
    private TempWarehouse _warehouse = null!;
    private TriageRecords _records = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await TempWarehouse.CreateAsync();
        _records = new TriageRecords(_warehouse.Connection);
        await _records.ServiceAsync("billing-api", "Payments");
        await _records.ServiceAsync("auth-service", "Identity");
        await _records.ServiceAsync("sso-connector", "Identity");
        foreach (var id in new[] { "T1", "T2", "T3", "T4", "T5", "T6" })
        {
            await _records.TicketAsync(id, W47.AddDays(-7), "billing-api", resolved: false);
        }

        await _records.SuggestionAsync("T1", "billing-api", "auth-service", "sso-connector");
        await _records.SuggestionAsync("T2", "auth-service", "billing-api", "sso-connector");
        await _records.SuggestionAsync("T3", "billing-api", "sso-connector", "auth-service");
    }

    public async Task DisposeAsync() => await _warehouse.DisposeAsync();

    [Fact]
    public async Task Three_decided_tickets_two_on_the_shown_top_owner_and_all_three_within_the_top_three()
    {
        await _records.DecideAsync("T1", "accept", "billing-api", W47.AddDays(1));
        await _records.DecideAsync("T2", "choose", "auth-service", W47.AddDays(2)); // choosing the shown first owner is taking it
        await _records.DecideAsync("T3", "choose", "sso-connector", W48.AddHours(9));

        var rows = await SuggestionAcceptanceQueries.WeeksAsync(_warehouse.Connection, W47, W48.AddDays(7), team: null, CancellationToken.None);

        Assert.Equal(
        [
            new AcceptanceRow(DateOnly.FromDateTime(W47), "Identity", 1, 1, 1, 0),
            new AcceptanceRow(DateOnly.FromDateTime(W47), "Payments", 1, 1, 1, 0),
            new AcceptanceRow(DateOnly.FromDateTime(W48), "Identity", 1, 0, 1, 0),
        ], rows);
        Assert.Equal((3L, 2L, 3L), (rows.Sum(r => r.Decided), rows.Sum(r => r.Top1), rows.Sum(r => r.Top3)));
    }

    [Fact]
    public async Task Only_the_latest_routing_counts_in_its_own_week_and_decisions_without_a_suggestion_are_counted_apart()
    {
        await _records.SuggestionAsync("T4", "sso-connector", "auth-service", "billing-api", "web-app");
        await _records.DecideAsync("T1", "accept", "billing-api", W47.AddDays(1));
        await _records.DecideAsync("T1", "choose", "auth-service", W48.AddDays(1)); // rerouted: second of the three shown
        await _records.DecideAsync("T2", "not_duplicate", "T3", W48.AddDays(1)); // not a routing
        await _records.DecideAsync("T4", "choose", "web-app", W48.AddDays(2)); // fourth owner: not shown, no team owns it
        await _records.DecideAsync("T5", "choose", "billing-api", W48.AddDays(2)); // nothing was suggested
        await _records.DecideAsync("T6", "choose", "billing-api", W48.AddDays(7)); // after the period

        var rows = await SuggestionAcceptanceQueries.WeeksAsync(_warehouse.Connection, W47, W48.AddDays(7), team: null, CancellationToken.None);
        var identity = await SuggestionAcceptanceQueries.WeeksAsync(_warehouse.Connection, W47, W48.AddDays(7), "Identity", CancellationToken.None);

        Assert.Equal(
        [
            new AcceptanceRow(DateOnly.FromDateTime(W48), "Identity", 1, 0, 1, 0),
            new AcceptanceRow(DateOnly.FromDateTime(W48), "Payments", 0, 0, 0, 1),
            new AcceptanceRow(DateOnly.FromDateTime(W48), SuggestionAcceptanceQueries.Unowned, 1, 0, 0, 0),
        ], rows);
        Assert.Equal([rows[0]], identity);
    }

    [Fact]
    public async Task The_teams_a_decision_can_count_for_are_the_configured_ones_the_service_owners_and_unowned()
    {
        await _warehouse.Connection.RunAsync("INSERT INTO teams (team) VALUES ('Mobile')");

        var teams = await SuggestionAcceptanceQueries.TeamsAsync(_warehouse.Connection, CancellationToken.None);

        Assert.Equal(["Identity", "Mobile", "Payments", "Unowned"], teams);
    }
}
