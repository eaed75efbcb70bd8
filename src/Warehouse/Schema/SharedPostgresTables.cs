namespace Reporting.Warehouse.Schema;

/// <summary>
/// The tables a scaled-out deployment shares in PostgreSQL beside Hangfire's: digest delivery records (the same
/// columns as the warehouse's <c>digest_deliveries</c>) and worker probe runs. Kept here with every other table
/// definition; the process that uses them runs this script under an advisory lock.
/// </summary>
public static class SharedPostgresTables
{
    public const string DeliveriesTable = "reporting_digest_deliveries";

    public const string Script =
        $"""
        CREATE TABLE IF NOT EXISTS {DeliveriesTable} (
            subscription TEXT NOT NULL,
            week         TEXT NOT NULL,
            status       TEXT NOT NULL,
            attempts     INTEGER NOT NULL,
            detail       TEXT,
            updated_at   TIMESTAMP NOT NULL,
            PRIMARY KEY (subscription, week)
        );
        ALTER TABLE {DeliveriesTable} ADD COLUMN IF NOT EXISTS claimant TEXT;
        ALTER TABLE {DeliveriesTable} ADD COLUMN IF NOT EXISTS lease_until TIMESTAMP;
        CREATE TABLE IF NOT EXISTS reporting_worker_probes (
            probe_id  TEXT NOT NULL,
            job_id    TEXT NOT NULL,
            server    TEXT NOT NULL,
            run_at    TIMESTAMP NOT NULL
        );
        """;
}
