namespace Reporting.Ingest.Warehouse;

/// <summary>
/// The canonical warehouse schema. All times are UTC <c>TIMESTAMP</c>s; a ticket is identified by
/// (source, external_id). Statements are idempotent so every process can apply them on open.
/// </summary>
public static class WarehouseSchema
{
    public const int Version = 1;

    public static readonly string[] Statements =
    [
        """
        CREATE TABLE IF NOT EXISTS schema_info (
            version    INTEGER   NOT NULL,
            applied_at TIMESTAMP NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS tickets (
            source             VARCHAR   NOT NULL,
            external_id        VARCHAR   NOT NULL,
            created_at         TIMESTAMP NOT NULL,
            updated_at         TIMESTAMP,
            first_response_at  TIMESTAMP,
            resolved_at        TIMESTAMP,
            status             VARCHAR,
            priority           VARCHAR,
            type               VARCHAR,
            channel            VARCHAR,
            customer           VARCHAR,
            reporter           VARCHAR,
            subject            VARCHAR   NOT NULL,
            body               VARCHAR   NOT NULL,
            product            VARCHAR,
            service            VARCHAR,
            team               VARCHAR,
            assignee           VARCHAR,
            tags               VARCHAR[] NOT NULL,
            duplicate_of       VARCHAR[] NOT NULL,
            affected_versions  VARCHAR[] NOT NULL,
            fix_versions       VARCHAR[] NOT NULL,
            time_spent_seconds BIGINT,
            deleted            BOOLEAN   NOT NULL,
            content_hash       VARCHAR   NOT NULL,
            run_id             BIGINT    NOT NULL,
            ingested_at        TIMESTAMP NOT NULL,
            PRIMARY KEY (source, external_id)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS ticket_events (
            source    VARCHAR   NOT NULL,
            ticket_id VARCHAR   NOT NULL,
            event_id  VARCHAR   NOT NULL,
            occurred_at TIMESTAMP NOT NULL,
            kind      VARCHAR   NOT NULL,
            actor     VARCHAR,
            detail    VARCHAR,
            PRIMARY KEY (source, ticket_id, event_id)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS sources (
            name       VARCHAR   PRIMARY KEY,
            kind       VARCHAR   NOT NULL,
            watermark  VARCHAR,
            updated_at TIMESTAMP NOT NULL
        )
        """,
        "CREATE SEQUENCE IF NOT EXISTS ingest_run_ids START 1",
        """
        CREATE TABLE IF NOT EXISTS ingest_runs (
            run_id            BIGINT    PRIMARY KEY,
            source            VARCHAR   NOT NULL,
            kind              VARCHAR   NOT NULL,
            input             VARCHAR   NOT NULL,
            started_at        TIMESTAMP NOT NULL,
            finished_at       TIMESTAMP,
            status            VARCHAR   NOT NULL,
            records_read      BIGINT    NOT NULL DEFAULT 0,
            ingested          BIGINT    NOT NULL DEFAULT 0,
            rejected          BIGINT    NOT NULL DEFAULT 0,
            new_tickets       BIGINT    NOT NULL DEFAULT 0,
            updated_tickets   BIGINT    NOT NULL DEFAULT 0,
            unchanged_tickets BIGINT    NOT NULL DEFAULT 0,
            error             VARCHAR
        )
        """,
        // Keyed by where the record came from, so re-ingesting the same bad input does not pile up copies.
        """
        CREATE TABLE IF NOT EXISTS rejects (
            source      VARCHAR   NOT NULL,
            input       VARCHAR   NOT NULL,
            line        BIGINT    NOT NULL,
            field       VARCHAR   NOT NULL,
            reason      VARCHAR   NOT NULL,
            raw         VARCHAR,
            run_id      BIGINT    NOT NULL,
            rejected_at TIMESTAMP NOT NULL,
            PRIMARY KEY (source, input, line, field)
        )
        """,
        // Company configuration: a snapshot replaced whenever teams.yaml and its CSV companions are loaded.
        """
        CREATE TABLE IF NOT EXISTS teams (
            team         VARCHAR PRIMARY KEY,
            pm_name      VARCHAR,
            pm_email     VARCHAR,
            pm_time_zone VARCHAR
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS team_members (
            team         VARCHAR NOT NULL,
            engineer     VARCHAR NOT NULL,
            weekly_hours DOUBLE  NOT NULL,
            PRIMARY KEY (team, engineer)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS services (
            service VARCHAR PRIMARY KEY,
            team    VARCHAR NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS rotation (
            week_start DATE    NOT NULL,
            team       VARCHAR NOT NULL,
            engineer   VARCHAR NOT NULL,
            PRIMARY KEY (week_start, team)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS releases (
            service     VARCHAR NOT NULL,
            version     VARCHAR NOT NULL,
            released_on DATE    NOT NULL,
            PRIMARY KEY (service, version)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS absences (
            engineer   VARCHAR NOT NULL,
            start_date DATE    NOT NULL,
            end_date   DATE    NOT NULL,
            PRIMARY KEY (engineer, start_date)
        )
        """,
    ];
}
