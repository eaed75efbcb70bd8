namespace Reporting.Host.Jobs;

/// <summary>
/// Hangfire queues. Jobs that write the warehouse go to <see cref="Warehouse"/>, served by the one process that
/// owns the DuckDB file, one job at a time; everything else goes to <see cref="Default"/>, served by any process.
/// </summary>
public static class JobQueues
{
    public const string Warehouse = "warehouse";
    public const string Default = "default";
}
