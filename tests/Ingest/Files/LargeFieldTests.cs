using Reporting.Ingest.Files;
using Reporting.Testing;
using Reporting.Warehouse;
using Xunit.Abstractions;

namespace Reporting.Ingest.Tests.Files;

/// <summary>
/// A field far over the limit is rejected without ever being held: the whole ingest of a file with a 50 MB field
/// allocates a small fraction of that field. Runs alone, so the process's allocation count is this test's own.
/// </summary>
[Collection(nameof(LargeFieldTests))]
[CollectionDefinition(nameof(LargeFieldTests), DisableParallelization = true)]
public sealed class LargeFieldTests(ITestOutputHelper output) : IDisposable
{
    private const int FiftyMegabytes = 50 << 20;
    private readonly string _directory = TempDirectory.Create("large-field");

    public void Dispose() => TempDirectory.Delete(_directory);

    [Fact]
    public async Task A_50_MB_csv_field_is_rejected_with_its_size_and_the_ingest_allocates_less_than_64_MB()
    {
        var path = Path.Combine(_directory, "tickets.csv");
        await using (var file = new StreamWriter(path))
        {
            await file.WriteAsync("id,created_at,subject,body\nSUP-1,2026-06-01T09:00:00Z,before,fine\nSUP-2,2026-06-01T10:00:00Z,pasted attachment,\"");
            var block = new string('A', 1 << 20);
            for (var i = 0; i < FiftyMegabytes / block.Length; i++)
            {
                await file.WriteAsync(block);
            }

            await file.WriteAsync("\"\nSUP-3,2026-06-01T11:00:00Z,after,fine\n");
        }

        await using var w = await TempWarehouse.CreateAsync();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var summary = await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(path, "support");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        output.WriteLine($"ingesting a file with a 50 MB field allocated {allocated / (1 << 20)} MB");
        Assert.Equal((3L, 2L, 1L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        Assert.Equal(("body", "field 4 is 52,428,800 bytes, over the 1 MiB limit (--max-field-bytes)"),
            (await w.Connection.ListAsync<(string, string)>("SELECT field, reason FROM rejects"))[0]);
        Assert.Equal(["SUP-1", "SUP-3"], await w.Connection.ListAsync<string>("SELECT external_id FROM tickets ORDER BY 1"));
        Assert.InRange(allocated, 0, 64L << 20);
    }

    [Fact]
    public async Task A_50_MB_json_line_is_rejected_with_its_size_and_the_ingest_allocates_less_than_64_MB()
    {
        var path = Path.Combine(_directory, "tickets.jsonl");
        await using (var file = new StreamWriter(path))
        {
            await file.WriteAsync("{\"id\":\"J-1\",\"created_at\":\"2026-06-01T09:00:00Z\",\"subject\":\"before\"}\n{\"id\":\"J-2\",\"created_at\":\"2026-06-01T10:00:00Z\",\"body\":\"");
            var block = new string('A', 1 << 20);
            for (var i = 0; i < FiftyMegabytes / block.Length; i++)
            {
                await file.WriteAsync(block);
            }

            await file.WriteAsync("\"}\n{\"id\":\"J-3\",\"created_at\":\"2026-06-01T11:00:00Z\",\"subject\":\"after\"}\n");
        }

        await using var w = await TempWarehouse.CreateAsync();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var summary = await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(path, "support");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        output.WriteLine($"ingesting a file with a 50 MB JSON line allocated {allocated / (1 << 20)} MB");
        Assert.Equal((3L, 2L, 1L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        Assert.Equal((2L, "the record is 52,428,858 bytes, over the 4 MiB record limit (4 × --max-field-bytes)"),
            (await w.Connection.ListAsync<(long, string)>("SELECT line, reason FROM rejects"))[0]);
        Assert.InRange(allocated, 0, 64L << 20);
    }

    [Fact]
    public async Task A_json_text_field_over_the_limit_within_a_record_is_rejected_naming_it()
    {
        var path = Path.Combine(_directory, "big-body.jsonl");
        await File.WriteAllTextAsync(path, $"{{\"id\":\"J-1\",\"created_at\":\"2026-06-01T09:00:00Z\",\"subject\":\"s\",\"body\":\"{new string('A', 2_000)}\"}}\n");
        await using var w = await TempWarehouse.CreateAsync();

        var summary = await new FileIngestor(w.Connection, TestClock.Create()) { Limit = new FieldSizeLimit(1_024) }.IngestAsync(path, "support");

        Assert.Equal((1L, 0L, 1L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        Assert.Equal(("body", "body is 2,000 bytes, over the 1 KiB limit (--max-field-bytes)", "J-1: s"),
            (await w.Connection.ListAsync<(string, string, string)>("SELECT field, reason, raw FROM rejects"))[0]);
    }
}
