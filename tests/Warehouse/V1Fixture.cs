using System.IO.Compression;
using Reporting.Testing;

namespace Reporting.Warehouse.Tests;

/// <summary>
/// A private copy of Fixtures/schema-v1.duckdb.gz: the warehouse today's code wrote at schema 1 (5 tickets from
/// Fixtures/schema-v1-tickets.csv, one ingest run, a capacity run's tables, and digest_deliveries without the claim
/// columns holding one record). Tests migrate the copy; the committed file never changes. Deleted on dispose.
/// </summary>
public sealed class V1Fixture : IDisposable
{
    public const int Tickets = 5;

    public V1Fixture()
    {
        Directory = TempDirectory.Create("warehouse-v1");
        using var compressed = File.OpenRead(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "schema-v1.duckdb.gz"));
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        using var copy = File.Create(Path);
        gzip.CopyTo(copy);
    }

    public string Directory { get; }

    public string Path => System.IO.Path.Combine(Directory, "warehouse.duckdb");

    public void Dispose() => TempDirectory.Delete(Directory);
}
