using Reporting.Host.Application;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Application;

/// <summary>One place fills in and checks the period of every capacity figure and report.</summary>
public sealed class ReportingPeriodTests
{
    [Fact]
    public async Task An_open_period_ends_on_the_newest_ticket_and_starts_twelve_weeks_before()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        await warehouse.Connection.RunAsync(
            """
            INSERT INTO tickets (source, external_id, created_at, subject, body, tags, duplicate_of, affected_versions, fix_versions,
                                 deleted, content_hash, run_id, ingested_at)
            VALUES ('t', '1', TIMESTAMP '2026-11-18 10:00:00', 'x', '', [], [], [], [], false, 'h', 1, TIMESTAMP '2026-11-18 10:00:00'),
                   ('t', '2', TIMESTAMP '2027-03-01 10:00:00', 'deleted later', '', [], [], [], [], true, 'h', 1, TIMESTAMP '2026-11-18 10:00:00')
            """);

        var period = await ReportingPeriod.ResolveAsync(warehouse.Connection, null, null, CancellationToken.None);

        Assert.Equal(new ReportingPeriod(new DateOnly(2026, 8, 27), new DateOnly(2026, 11, 18)), period);
        Assert.Equal(84, period.Days);
    }

    [Theory]
    [InlineData("2026-06-30", "2026-06-01", "to", "The period ends (2026-06-01) before it starts (2026-06-30).")]
    [InlineData("2020-01-01", "2024-12-31", "from", "The period 2020-01-01 to 2024-12-31 is longer than 260 weeks.")]
    [InlineData("9999-12-01", "9999-12-31", "to", "Periods lie between 1990-01-01 and 2999-12-31; 9999-12-01 to 9999-12-31 does not.")]
    [InlineData("0002-01-01", "0002-12-01", "from", "Periods lie between 1990-01-01 and 2999-12-31; 0002-01-01 to 0002-12-01 does not.")]
    public async Task A_backwards_or_endless_period_is_refused_naming_the_field(string from, string to, string field, string message)
    {
        await using var warehouse = await TempWarehouse.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            ReportingPeriod.ResolveAsync(warehouse.Connection, DateOnly.Parse(from), DateOnly.Parse(to), CancellationToken.None));

        Assert.Equal((field, message), (error.Field, error.Message.Split(" (Parameter")[0]));
    }

    [Fact]
    public async Task Exactly_260_weeks_is_allowed()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();

        var period = await ReportingPeriod.ResolveAsync(warehouse.Connection, new DateOnly(2021, 1, 4), new DateOnly(2025, 12, 28), CancellationToken.None);

        Assert.Equal(7 * ReportingPeriod.MaxWeeks, period.Days);
    }
}
