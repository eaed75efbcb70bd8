using Reporting.Ingest.Columns;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Ingest.Tests;

/// <summary>A file written with a product's own columns and ingested into a fresh warehouse, with what came of it.</summary>
public sealed class IngestedExport : IAsyncDisposable
{
    private readonly string _directory;

    private IngestedExport(string directory, TempWarehouse warehouse, IngestSummary summary)
    {
        _directory = directory;
        Warehouse = warehouse;
        Summary = summary;
    }

    public TempWarehouse Warehouse { get; }

    public IngestSummary Summary { get; }

    public static async Task<IngestedExport> IngestAsync(string name, string text, ColumnMapping? mapping = null)
    {
        var directory = TempDirectory.Create("export");
        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, text);
        var warehouse = await TempWarehouse.CreateAsync();
        var summary = await new FileIngestor(warehouse.Connection, TestClock.Create()) { Mapping = mapping }.IngestAsync(path, "export");
        return new IngestedExport(directory, warehouse, summary);
    }

    public async Task<StoredTicket> TicketAsync(string id) =>
        (await Warehouse.Connection.ListAsync<StoredTicket>($"{StoredTicket.Select} WHERE external_id = $id", new { id })).Single();

    /// <summary>Every reject as "line field: reason".</summary>
    public async Task<IReadOnlyList<string>> RejectsAsync() =>
        await Warehouse.Connection.ListAsync<string>("SELECT line || ' ' || coalesce(field, '-') || ': ' || reason FROM rejects ORDER BY line");

    public async ValueTask DisposeAsync()
    {
        await Warehouse.DisposeAsync();
        TempDirectory.Delete(_directory);
    }
}
