using Reporting.Host.Application;
using Reporting.Host.Application.Operations;
using Reporting.Ingest;
using Reporting.Reports.Privacy;
using Reporting.Testing;

namespace Reporting.Host.Tests.Application.Operations;

/// <summary>Browsing rejects: newest run first, a bounded page and excerpt, the raw text masked, bad paging refused by name.</summary>
public sealed class BrowseRejectsTests : IAsyncLifetime
{
    private TempWarehouse _warehouse = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await TempWarehouse.CreateAsync();
        var ingest = new FileIngestor(_warehouse.Connection, TestClock.Create());
        await ingest.IngestAsync(RejectsInput.Write(Path.Combine(_warehouse.Directory, "in")), "uploads");
        await ingest.IngestAsync(RejectsInput.Write(Path.Combine(_warehouse.Directory, "again")), "other");
    }

    public async Task DisposeAsync() => await _warehouse.DisposeAsync();

    [Fact]
    public async Task One_sources_rejects_come_in_file_order_with_reasons_and_raw_text_cut_to_2000_characters_and_masked()
    {
        var view = await new BrowseRejects(TextMasker.Default).RunAsync(_warehouse.Connection, new RejectsRequest("uploads"), CancellationToken.None);

        Assert.Equal(3, view.Total);
        Assert.Equal(1, view.Pages);
        Assert.Equal(["other", "uploads"], view.Sources);
        Assert.Equal([2L, 4L, 5L], view.Rejects.Select(r => r.Line));
        Assert.All(view.Rejects, r => Assert.Equal("uploads", r.Source));
        Assert.Equal($"T-1,not a date,Login fails,{RejectsInput.Markup}", view.Rejects[0].RawStart);
        Assert.Equal((2000, 3019L), (view.Rejects[1].RawStart!.Length, view.Rejects[1].RawChars));
        Assert.Equal("T-4,someday,Mail,write to [email]", view.Rejects[2].RawStart);
        Assert.Equal(46L, view.Rejects[2].RawChars); // the stored text's length, before masking
        Assert.All(view.Rejects, r => Assert.Contains("created_at", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task All_sources_are_paged_newest_run_first()
    {
        var browse = new BrowseRejects(TextMasker.Default);

        var first = await browse.RunAsync(_warehouse.Connection, new RejectsRequest(null, 1, 4), CancellationToken.None);
        var second = await browse.RunAsync(_warehouse.Connection, new RejectsRequest(null, 2, 4), CancellationToken.None);

        Assert.Equal((6L, 2L), (first.Total, first.Pages));
        Assert.Equal(["other", "other", "other", "uploads"], first.Rejects.Select(r => r.Source));
        Assert.Equal([("uploads", 4L), ("uploads", 5L)], second.Rejects.Select(r => (r.Source, r.Line)));
    }

    [Theory]
    [InlineData(0, 25, "page", "page must be between 1 and 10000, not 0.")]
    [InlineData(10_001, 25, "page", "page must be between 1 and 10000, not 10001.")]
    [InlineData(1, 0, "size", "size must be between 1 and 200, not 0.")]
    [InlineData(1, 201, "size", "size must be between 1 and 200, not 201.")]
    public async Task A_page_or_size_out_of_bounds_is_refused_naming_it(int page, int size, string field, string message)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            new BrowseRejects(TextMasker.Default).RunAsync(_warehouse.Connection, new RejectsRequest(null, page, size), CancellationToken.None));

        Assert.Equal((field, message), (ex.Field, ex.Message));
    }
}
