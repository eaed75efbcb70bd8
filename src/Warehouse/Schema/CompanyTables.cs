namespace Reporting.Warehouse.Schema;

/// <summary>
/// The company configuration from teams.yaml and its CSV companions (rotation, releases, absences): a snapshot
/// replaced whenever they are loaded. A release's <c>source</c> is the Jira or GitHub source it was pulled from (NULL:
/// releases.csv), so a file and a pull each replace only their own releases.
/// </summary>
internal static class CompanyTables
{
    public static readonly string[] Statements =
    [
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
            buddy      VARCHAR,
            PRIMARY KEY (week_start, team)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS releases (
            service     VARCHAR NOT NULL,
            version     VARCHAR NOT NULL,
            released_on DATE    NOT NULL,
            source      VARCHAR,
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
