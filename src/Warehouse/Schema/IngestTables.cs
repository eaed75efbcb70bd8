namespace Reporting.Warehouse.Schema;

/// <summary>
/// Tickets and their history as ingested or pulled, with the bookkeeping of every run: a ticket is identified by
/// (source, external_id); sources hold each API source's watermark.
/// </summary>
internal static class IngestTables
{
    public static readonly string[] Statements =
    [
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
    ];
}
