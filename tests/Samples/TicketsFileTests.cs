using static Reporting.Samples.Tests.TicketColumns;

using Reporting.Ingest.Company;
using Reporting.Testing;

namespace Reporting.Samples.Tests;

[Collection(DefaultSampleCollection.Name)]
public sealed class TicketsFileTests(DefaultSampleFixture sample)
{
    private static readonly string[] Statuses = ["new", "open", "pending", "solved", "closed"];
    private static readonly string[] Priorities = ["urgent", "high", "normal", "low"];
    private static readonly string[] Types = ["bug", "incident", "question", "feature_request", "task"];
    private static readonly string[] Channels = ["email", "web", "chat", "phone", "api"];

    [Fact]
    public void Default_sample_has_at_least_20000_valid_tickets_and_is_quick()
    {
        Assert.True(sample.Summary.Tickets >= 20_000, $"only {sample.Summary.Tickets} tickets");
        Assert.Equal(sample.Summary.Tickets, sample.Tickets.Count);
        Assert.True(sample.Elapsed < TimeSpan.FromSeconds(30), $"generation took {sample.Elapsed}");
    }

    [Fact]
    public void A_shorter_period_scales_the_ticket_count()
    {
        var directory = TempDirectory.Create("four-weeks");
        try
        {
            var summary = SampleCompanyGenerator.Generate(new SampleOptions(Weeks: 4), directory);

            Assert.True(summary.Tickets >= 20_000 * 4 / 26 * 9 / 10, $"only {summary.Tickets} tickets in 4 weeks");
            Assert.True(summary.Tickets <= 20_000 * 4 / 26 * 16 / 10, $"{summary.Tickets} tickets in 4 weeks is too many");
            Assert.Equal("2026-W44", summary.FirstWeek);
            Assert.Equal("2026-W47", summary.LastWeek);
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }

    [Fact]
    public void Header_is_exactly_as_documented()
    {
        Assert.Equal(
            "id,created_at,first_response_at,resolved_at,status,priority,type,channel,customer,subject,body,service,team,assignee,tags,duplicate_of",
            string.Join(',', sample.TicketHeader));
        Assert.Equal("ticket_id,at,kind,actor,detail", string.Join(',', sample.EventHeader));
    }

    [Fact]
    public void Every_valid_row_has_well_formed_values()
    {
        var start = new DateTime(2026, 5, 25, 0, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
        var previousNumber = 0;
        foreach (var row in sample.Tickets)
        {
            Assert.Equal(16, row.Length);
            Assert.Matches("^SUP-[0-9]{6}$", row[Id]);
            var number = int.Parse(row[Id][4..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(number > previousNumber, $"{row[Id]} is not after the previous id");
            previousNumber = number;

            var created = Instant(row[CreatedAt]);
            Assert.InRange(created, start, end.AddSeconds(-1));
            if (row[FirstResponseAt].Length > 0)
            {
                Assert.InRange(Instant(row[FirstResponseAt]), created, end);
            }

            if (row[ResolvedAt].Length > 0)
            {
                Assert.InRange(Instant(row[ResolvedAt]), created, end);
                Assert.Contains(row[Status], new[] { "solved", "closed" });
            }
            else
            {
                Assert.Contains(row[Status], new[] { "new", "open", "pending" });
            }

            Assert.Contains(row[Status], Statuses);
            Assert.Contains(row[Priority], Priorities);
            Assert.Contains(row[TypeColumn], Types);
            Assert.Contains(row[Channel], Channels);
            Assert.NotEqual(string.Empty, row[CustomerColumn]);
            Assert.Equal(row[Service].Length == 0, row[Team].Length == 0);
            Assert.DoesNotContain(string.Empty, row[Tags].Length == 0 ? [] : row[Tags].Split(';'));
        }
    }

    [Fact]
    public void Every_duplicate_of_points_to_an_older_existing_ticket()
    {
        var createdById = sample.Tickets.ToDictionary(r => r[Id], r => Instant(r[CreatedAt]), StringComparer.Ordinal);
        var duplicates = sample.Tickets.Where(r => r[DuplicateOf].Length > 0).ToList();

        Assert.True(duplicates.Count > 500, $"only {duplicates.Count} duplicates");
        foreach (var row in duplicates)
        {
            Assert.True(createdById.TryGetValue(row[DuplicateOf], out var parentCreated), $"{row[Id]} points to missing {row[DuplicateOf]}");
            Assert.True(parentCreated < Instant(row[CreatedAt]), $"{row[Id]} points to {row[DuplicateOf]}, which is not older");
            Assert.True(string.CompareOrdinal(row[DuplicateOf], row[Id]) < 0);
        }
    }

    [Fact]
    public void Malformed_rows_are_reported_with_their_lines_and_cover_every_kind()
    {
        var malformed = sample.Summary.MalformedRows;

        Assert.InRange(malformed.Count, 10, 20);
        Assert.Equal(Enum.GetValues<MalformedRowKind>().Order(), malformed.Select(m => m.Kind).Distinct().Order());
        var lines = File.ReadAllText(sample.Path(SampleCompanyGenerator.TicketsFileName)).Split('\n');
        foreach (var row in malformed)
        {
            var first = lines[row.Line - 1];
            if (row.Kind == MalformedRowKind.EmptyId)
            {
                Assert.StartsWith(",", first);
            }
            else
            {
                Assert.StartsWith(row.TicketId + ",", first);
            }
        }

        var unquotedBreak = malformed.First(m => m.Kind == MalformedRowKind.UnquotedLineBreak);
        Assert.Equal(2, unquotedBreak.LineCount);
        var unbalanced = malformed.First(m => m.Kind == MalformedRowKind.UnbalancedQuote);
        Assert.Equal(1, unbalanced.LineCount);
        Assert.Equal(1, lines[unbalanced.Line - 1].Count(c => c == '"'));
        Assert.StartsWith("SUP-", lines[unbalanced.Line]);

        // Skipping exactly the reported lines leaves a file a strict reader accepts (checked by the fixture),
        // and the valid rows plus the malformed ones account for every ticket id.
        var ids = sample.Tickets.Select(r => r[Id]).Concat(malformed.Where(m => m.TicketId.Length > 0).Select(m => m.TicketId)).ToHashSet();
        Assert.Equal(sample.Tickets.Count + malformed.Count(m => m.TicketId.Length > 0), ids.Count);
    }

    [Fact]
    public void Tricky_but_valid_fields_are_present()
    {
        Assert.Contains(sample.Tickets, r => r[Body].Contains('\n', StringComparison.Ordinal));
        Assert.Contains(sample.Tickets, r => r[Body].Contains('"', StringComparison.Ordinal));
        Assert.Contains(sample.Tickets, r => r[CustomerColumn].Contains(',', StringComparison.Ordinal));
        Assert.Contains(sample.Tickets, r => r[CustomerColumn].Contains('"', StringComparison.Ordinal));
        Assert.Contains(sample.Tickets, r => r[Body].Contains("sk_live_", StringComparison.Ordinal));
        Assert.Contains(sample.Tickets, r => r[Body].Contains("Authorization: Bearer eyJ", StringComparison.Ordinal));
        Assert.Contains(sample.Tickets, r => r[Body].Contains("password=", StringComparison.Ordinal));
        Assert.Contains(sample.Tickets, r => r[Body].Contains(" in InvoiceRenderer.cs:line ", StringComparison.Ordinal)
            || r[Body].Contains(".cs:line ", StringComparison.Ordinal));
        Assert.Contains(sample.Tickets, r => r[Body].Any(c => c >= '\u3040' && c <= '\u30ff'));
    }

    [Fact]
    public void Ownership_noise_is_in_the_documented_range()
    {
        var total = (double)sample.Tickets.Count;
        var unrouted = sample.Tickets.Count(r => r[Service].Length == 0) / total;
        var withTeamChange = sample.Events.Where(e => e[EventKind] == "team_changed").Select(e => e[EventTicketId]).Distinct().Count() / total;

        Assert.InRange(unrouted, 0.05, 0.09);
        Assert.InRange(withTeamChange, 0.015, 0.05);
        Assert.InRange(sample.Summary.MisroutedTickets / total, 0.005, 0.04);
    }

    [Fact]
    public void Traffic_has_weekly_seasonality()
    {
        var perWeekday = new int[7];
        foreach (var row in sample.Tickets)
        {
            perWeekday[(int)Instant(row[CreatedAt]).DayOfWeek]++;
        }

        var weekdayAverage = (perWeekday[1] + perWeekday[2] + perWeekday[3] + perWeekday[4] + perWeekday[5]) / 5.0;
        var weekendAverage = (perWeekday[0] + perWeekday[6]) / 2.0;
        Assert.InRange(weekendAverage / weekdayAverage, 0.2, 0.4);
        Assert.Equal(perWeekday.Max(), perWeekday[(int)DayOfWeek.Monday]);
    }
}
