using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Service;

/// <summary>
/// Publishes a consistent read-only copy of the warehouse after each write cycle, for jobs that run on other
/// processes or machines: DuckDB's <c>COPY FROM DATABASE</c> into a new file, then an atomic switch of the
/// <c>current</c> pointer. Older snapshots beyond the last few are removed.
/// </summary>
public sealed class SnapshotPublisher(IOptions<ReportingOptions> options, TimeProvider time, ILogger<SnapshotPublisher> logger)
{
    public const string PointerFile = "current";
    private const int Keep = 3;

    public string Directory => options.Value.SnapshotDirectory;

    public async Task<string> PublishAsync(DuckDBConnection warehouse, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"warehouse-{time.GetUtcNow():yyyyMMdd-HHmmss-fff}.duckdb");
        var temporary = Path.Combine(Directory, name + ".tmp");
        File.Delete(temporary);
        await DatabaseCopyQueries.CopyToFileAsync(warehouse, temporary, cancellationToken);

        var final = Path.Combine(Directory, name);
        File.Move(temporary, final, overwrite: true);
        var pointer = Path.Combine(Directory, PointerFile);
        await File.WriteAllTextAsync(pointer + ".tmp", name, cancellationToken);
        File.Move(pointer + ".tmp", pointer, overwrite: true);
        Prune(name);
        logger.LogInformation("Published warehouse snapshot {Snapshot}", name);
        return final;
    }

    private void Prune(string current)
    {
        var old = System.IO.Directory.EnumerateFiles(Directory, "warehouse-*.duckdb")
            .Select(Path.GetFileName)
            .Where(n => n != current)
            .Order(StringComparer.Ordinal)
            .SkipLast(Keep - 1);
        foreach (var file in old)
        {
            try
            {
                File.Delete(Path.Combine(Directory, file!));
            }
            catch (IOException)
            {
                // A reader still has it open; it goes next time.
            }
        }
    }
}
