using System.ComponentModel.DataAnnotations;

namespace Reporting.Host.Service;

/// <summary>Where the service keeps its files (section <c>Reporting</c>).</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>The DuckDB warehouse this process writes (the one writer process) .</summary>
    [Required]
    public string Warehouse { get; set; } = Path.Combine("out", "service", "warehouse.duckdb");

    /// <summary>
    /// Where read-only snapshots of the warehouse are published after each write cycle; workers on other
    /// machines read from here (a shared folder). Default: "snapshots" beside the warehouse file.
    /// </summary>
    public string? Snapshots { get; set; }

    public string SnapshotDirectory =>
        Path.GetFullPath(Snapshots ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Warehouse)) ?? ".", "snapshots"));

    /// <summary>Where rendered PDFs and model files go.</summary>
    [Required]
    public string Output { get; set; } = Path.Combine("out", "service");

    /// <summary>Largest request body the API accepts.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;
}
