using Reporting.Testing;
using Reporting.Warehouse.Queries;

namespace Reporting.Warehouse.Tests.Queries;

/// <summary>The owner labels retraining reads: a triage decision comes before the source's service.</summary>
public sealed class OwnerExampleQueriesTests : IAsyncLifetime
{
    private static readonly DateTime Day = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private TempWarehouse _warehouse = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await TempWarehouse.CreateAsync();
        var records = new TriageRecords(_warehouse.Connection);
        await records.TicketAsync("T1", Day, "billing-api");
        await records.TicketAsync("T2", Day.AddHours(1), "billing-api");
        await records.TicketAsync("T3", Day.AddHours(2), service: null);
        await records.TicketAsync("T4", Day.AddHours(3), service: null, resolved: false);
        await records.TicketAsync("T5", Day.AddHours(4), "auth-service", resolved: false);
        await records.TicketAsync("T6", Day.AddHours(5), "auth-service");
        await records.TicketAsync("T7", Day.AddHours(6), "auth-service");
        var decided = Day.AddDays(1);
        await records.DecideAsync("T2", "choose", "auth-service", decided);
        await records.DecideAsync("T4", "choose", "auth-service", decided);
        await records.DecideAsync("T4", "accept", "billing-api", decided.AddMinutes(5)); // the latest decision is the routing
        await records.DecideAsync("T6", "not_duplicate", "T1", decided); // not a routing
        await records.DecideAsync("T7", "choose", "billing-api", decided);
        await _warehouse.Connection.RunAsync("UPDATE tickets SET deleted = true WHERE external_id = 'T7'"); // deleted after its decision
    }

    public async Task DisposeAsync() => await _warehouse.DisposeAsync();

    [Fact]
    public async Task A_decision_overrides_the_source_label_and_labels_a_ticket_the_source_left_unowned_even_while_open()
    {
        var labelled = await OwnerExampleQueries.LabelledAsync(_warehouse.Connection, resolvedOnly: true, createdBefore: null, CancellationToken.None);

        Assert.Equal(
            [("T1", "billing-api", false), ("T2", "auth-service", true), ("T4", "billing-api", true), ("T6", "auth-service", false)],
            labelled.Select(t => (t.Id, t.Owner, t.Decided)));
    }

    [Fact]
    public async Task Without_the_resolved_filter_open_tickets_with_a_source_owner_count_too_and_a_cut_off_keeps_older_tickets()
    {
        var all = await OwnerExampleQueries.LabelledAsync(_warehouse.Connection, resolvedOnly: false, createdBefore: null, CancellationToken.None);
        var before = await OwnerExampleQueries.LabelledAsync(_warehouse.Connection, resolvedOnly: false, createdBefore: Day.AddHours(3), CancellationToken.None);

        Assert.Equal(["T1", "T2", "T4", "T5", "T6"], all.Select(t => t.Id));
        Assert.Equal(["T1", "T2"], before.Select(t => t.Id));
    }
}
