using Reporting.Testing;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Warehouse.Tests.Queries;

/// <summary>Rejects a page at a time, raw text cut to a bounded excerpt with its full length, for one source or all.</summary>
public sealed class RejectQueriesTests : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 11, 23, 6, 0, 0);
    private TempWarehouse _warehouse = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await TempWarehouse.CreateAsync();
        await _warehouse.Connection.RunAsync(
            """
            INSERT INTO rejects VALUES
                ('files', 'a.csv', 3, '', 'wrong field count', repeat('x', 5000), 1, $at),
                ('files', 'a.csv', 7, 'created_at', 'bad date', 'short, line', 1, $at),
                ('files', 'b.csv', 2, '', 'empty id', NULL, 2, $at),
                ('desk', 'zendesk', 41, 'id', 'not a ticket', 'ünïcödé', 3, $at);
            """, new { at = At });
    }

    public async Task DisposeAsync() => await _warehouse.DisposeAsync();

    [Fact]
    public async Task A_page_holds_the_rejects_newest_run_first_with_raw_text_cut_and_its_full_length()
    {
        var page = await RejectQueries.PageAsync(_warehouse.Connection, null, 0, 10, 10, CancellationToken.None);

        Assert.Equal(
        [
            new RejectExcerpt(3, "desk", "zendesk", 41, "id", "not a ticket", "ünïcödé", 7, At),
            new RejectExcerpt(2, "files", "b.csv", 2, "", "empty id", null, 0, At),
            new RejectExcerpt(1, "files", "a.csv", 3, "", "wrong field count", "xxxxxxxxxx", 5000, At),
            new RejectExcerpt(1, "files", "a.csv", 7, "created_at", "bad date", "short, lin", 11, At),
        ], page);
    }

    [Fact]
    public async Task One_source_is_counted_and_paged_on_its_own()
    {
        var second = await RejectQueries.PageAsync(_warehouse.Connection, "files", 2, 2, 100, CancellationToken.None);

        Assert.Equal(3, await RejectQueries.CountForSourceAsync(_warehouse.Connection, "files", CancellationToken.None));
        Assert.Equal(4, await RejectQueries.CountForSourceAsync(_warehouse.Connection, null, CancellationToken.None));
        Assert.Equal(0, await RejectQueries.CountForSourceAsync(_warehouse.Connection, "nobody", CancellationToken.None));
        Assert.Equal([("a.csv", 7L)], second.Select(r => (r.Input, r.Line)));
        Assert.Equal(["desk", "files"], await RejectQueries.SourcesAsync(_warehouse.Connection, CancellationToken.None));
    }

    [Fact]
    public async Task The_excerpt_is_never_longer_than_the_maximum_whatever_is_asked()
    {
        var page = await RejectQueries.PageAsync(_warehouse.Connection, "files", 1, 1, int.MaxValue, CancellationToken.None);

        Assert.Equal((5000, 5000L), (page[0].RawStart!.Length, page[0].RawChars));
        await _warehouse.Connection.RunAsync(
            "UPDATE rejects SET raw = repeat('y', $n) WHERE input = 'a.csv' AND line = 3", new { n = RejectQueries.MaxRawChars + 10 });
        var longer = await RejectQueries.PageAsync(_warehouse.Connection, "files", 1, 1, int.MaxValue, CancellationToken.None);
        Assert.Equal((RejectQueries.MaxRawChars, RejectQueries.MaxRawChars + 10L), (longer[0].RawStart!.Length, longer[0].RawChars));
    }
}
