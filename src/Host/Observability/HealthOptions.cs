using System.ComponentModel.DataAnnotations;

namespace Reporting.Host.Observability;

/// <summary>Thresholds of /healthz/ready (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>An owner model older than this makes readiness degraded (still 200).</summary>
    [Range(1, 3650)]
    public int OwnerModelMaxAgeDays { get; set; } = 30;
}
