namespace Reporting.Warehouse.Schema;

/// <summary>
/// What the analyses compute for reports and the API: capacity per team and week with every hour of support
/// behind it, release bug tails, recurring-bug groups and the owner suggestions made as tickets arrived.
/// </summary>
internal static class AnalyticsTables
{
    public static readonly string[] Statements =
    [
        """
        CREATE TABLE IF NOT EXISTS capacity_weeks (
            team                 VARCHAR NOT NULL,
            week_start           DATE    NOT NULL,
            iso_week             VARCHAR NOT NULL,
            nominal_hours        DOUBLE  NOT NULL,
            rotation_hours       DOUBLE  NOT NULL,
            rotation_engineer    VARCHAR,
            support_hours        DOUBLE  NOT NULL,
            absorbed_hours       DOUBLE  NOT NULL,
            leaked_hours         DOUBLE  NOT NULL,
            effective_hours      DOUBLE  NOT NULL,
            tickets_opened       BIGINT  NOT NULL,
            tickets_resolved     BIGINT  NOT NULL,
            backlog              BIGINT  NOT NULL,
            ttfr_p50_hours       DOUBLE,
            ttfr_p90_hours       DOUBLE,
            ttr_p50_hours        DOUBLE,
            ttr_p90_hours        DOUBLE,
            reopened             BIGINT  NOT NULL,
            reassigned           BIGINT  NOT NULL,
            forecast             BOOLEAN NOT NULL,
            effective_low        DOUBLE,
            effective_high       DOUBLE,
            derived_teams        BOOLEAN NOT NULL,
            computed_at          TIMESTAMP NOT NULL,
            overflow_hours       DOUBLE  DEFAULT 0,
            unserved_hours       DOUBLE  DEFAULT 0,
            roster_note          VARCHAR,
            forecast_method      VARCHAR,
            PRIMARY KEY (team, week_start)
        )
        """,
        // Every hour of support load, traceable to its ticket and the engineer it took time from.
        """
        CREATE TABLE IF NOT EXISTS support_effort (
            team        VARCHAR NOT NULL,
            week_start  DATE    NOT NULL,
            engineer    VARCHAR,
            on_rotation BOOLEAN NOT NULL,
            kind        VARCHAR NOT NULL,
            hours       DOUBLE  NOT NULL,
            source      VARCHAR NOT NULL,
            ticket_id   VARCHAR NOT NULL,
            ticket_team VARCHAR NOT NULL,
            service     VARCHAR,
            ticket_type VARCHAR
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS release_tails (
            service           VARCHAR NOT NULL,
            version           VARCHAR NOT NULL,
            released_on       DATE    NOT NULL,
            team              VARCHAR,
            week0_tickets     BIGINT  NOT NULL,
            week1_tickets     BIGINT  NOT NULL,
            week2_tickets     BIGINT  NOT NULL,
            baseline_per_week DOUBLE  NOT NULL,
            excess_tickets    DOUBLE  NOT NULL,
            support_hours     DOUBLE  NOT NULL,
            PRIMARY KEY (service, version)
        )
        """,
        // Recurring-bug groups: stable ids across runs; members link tickets to their group.
        """
        CREATE TABLE IF NOT EXISTS recurring_groups (
            group_id              VARCHAR   PRIMARY KEY,
            label                 VARCHAR   NOT NULL,
            key_terms             VARCHAR[] NOT NULL,
            representative_source VARCHAR,
            representative_ticket VARCHAR,
            service               VARCHAR,
            team                  VARCHAR,
            first_seen            TIMESTAMP NOT NULL,
            last_seen             TIMESTAMP NOT NULL,
            tickets               BIGINT    NOT NULL,
            customers             BIGINT    NOT NULL,
            state                 VARCHAR   NOT NULL,
            updated_at            TIMESTAMP NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS recurring_group_members (
            group_id  VARCHAR NOT NULL,
            source    VARCHAR NOT NULL,
            ticket_id VARCHAR NOT NULL,
            PRIMARY KEY (source, ticket_id)
        )
        """,
        // Owner suggestions made for tickets as they arrived, to measure how often the final owner matched.
        """
        CREATE TABLE IF NOT EXISTS owner_suggestions (
            source        VARCHAR   NOT NULL,
            ticket_id     VARCHAR   NOT NULL,
            suggested_at  TIMESTAMP NOT NULL,
            model_version VARCHAR   NOT NULL,
            owners        VARCHAR[] NOT NULL,
            probabilities DOUBLE[]  NOT NULL,
            abstained     BOOLEAN   NOT NULL,
            out_of_scope  BOOLEAN   NOT NULL,
            PRIMARY KEY (source, ticket_id)
        )
        """,
    ];
}
