using DuckDB.NET.Data;
using Reporting.Warehouse.Queries;
using Reporting.Warehouse;

namespace Reporting.Host.Application;

/// <summary>
/// The period a capacity figure or report covers. Left open, it ends on the newest ticket's day and starts twelve
/// weeks before; a caller's period is checked (not backwards, at most <see cref="MaxWeeks"/> long) so no request
/// can make the service compute or render without bound.
/// </summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Twelve weeks: the window every capacity figure, report and chart defaults to.</summary>
    public const int DefaultWeeks = 12;

    /// <summary>Five years of weeks: the longest period anyone may ask for.</summary>
    public const int MaxWeeks = 260;

    /// <summary>No ticket is older (ingest refuses earlier dates), and no calendar arithmetic nears year 9999.</summary>
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    public static readonly DateOnly Latest = new(2999, 12, 31);

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The default window ending on <paramref name="to"/>.</summary>
    public static ReportingPeriod EndingOn(DateOnly to) => new(to.AddDays(-7 * DefaultWeeks + 1), to);

    public static async Task<ReportingPeriod> ResolveAsync(DuckDBConnection connection, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (to is null)
        {
            var newest = await TicketQueries.NewestCreatedAsync(connection, cancellationToken)
                ?? throw new InvalidDataException("The warehouse has no tickets yet: ingest some first (`reporting ingest PATH --db FILE`).");
            to = DateOnly.FromDateTime(newest);
        }

        var period = from is null ? EndingOn(to.Value) : new ReportingPeriod(from.Value, to.Value);
        if (period.To < period.From)
        {
            throw new InvalidRequestException("to", $"The period ends ({period.To:yyyy-MM-dd}) before it starts ({period.From:yyyy-MM-dd}).");
        }

        if (period.From < Earliest || period.To > Latest)
        {
            throw new InvalidRequestException(period.From < Earliest ? "from" : "to",
                $"Periods lie between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}; {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd} does not.");
        }

        if (period.Days > 7 * MaxWeeks)
        {
            throw new InvalidRequestException("from", $"The period {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd} is longer than {MaxWeeks} weeks.");
        }

        return period;
    }
}
