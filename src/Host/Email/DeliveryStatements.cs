namespace Reporting.Host.Email;

/// <summary>
/// The delivery record's statements, written once for both stores. Each change is one conditional statement,
/// so the database decides which of several racing processes wins; <paramref name="qualifier"/> names the
/// existing row where the dialect needs it (PostgreSQL's ON CONFLICT), <paramref name="parameter"/> is the
/// dialect's parameter sigil.
/// </summary>
public sealed class DeliveryStatements(string table, string qualifier, char parameter)
{
    private const string Columns = "subscription, week, status, attempts, detail, updated_at, claimant, lease_until";

    private const string Selected = "subscription, week, status, attempts, detail, updated_at AS UpdatedAt, claimant, lease_until AS LeaseUntil";

    public string Select => P($"SELECT {Selected} FROM {table} WHERE subscription = $s AND week = $w");

    public string List => P($"SELECT {Selected} FROM {table} WHERE CAST($week AS VARCHAR) IS NULL OR week = $week ORDER BY week, subscription");

    /// <summary>The most recently changed records first, at most $limit of them.</summary>
    public string Recent => P($"SELECT {Selected} FROM {table} ORDER BY updated_at DESC, week DESC, subscription LIMIT $limit");

    /// <summary>Returns the new attempt count when claimed, no row when not.</summary>
    public string Claim => P(
        $"""
        INSERT INTO {table} ({Columns}) VALUES ($s, $w, 'Pending', 1, NULL, $now, $claimant, $lease)
        ON CONFLICT (subscription, week) DO UPDATE
        SET status = 'Pending', attempts = {qualifier}attempts + 1, detail = NULL, updated_at = $now, claimant = $claimant, lease_until = $lease
        WHERE {qualifier}status IN ('RetryScheduled', 'NoData')
           OR ({qualifier}status = 'Pending' AND ({Expired}))
           OR ($force AND ({qualifier}status IN ('Sent', 'Failed', 'Unknown') OR {Expired}))
        RETURNING attempts
        """);

    public string Mark => P(
        $"""
        UPDATE {table} SET status = $status, detail = $detail, updated_at = $now
        WHERE subscription = $s AND week = $w AND claimant = $claimant AND status IN ('Pending', 'Sending')
        RETURNING attempts
        """);

    public string Expire => P(
        $"""
        UPDATE {table} SET status = 'Unknown', detail = $detail, updated_at = $now
        WHERE subscription = $s AND week = $w AND status = 'Sending' AND claimant IS NOT DISTINCT FROM $claimant
        RETURNING attempts
        """);

    public string NoData => P(
        $"""
        INSERT INTO {table} ({Columns}) VALUES ($s, $w, 'NoData', 0, $detail, $now, NULL, NULL)
        ON CONFLICT (subscription, week) DO UPDATE SET status = 'NoData', detail = $detail, updated_at = $now
        WHERE {qualifier}status IN ('NoData', 'RetryScheduled')
        """);

    // A claim is over when its lease ran out, it predates leases, or its process is known dead.
    private string Expired =>
        $"{qualifier}lease_until IS NULL OR {qualifier}lease_until <= $now OR {qualifier}claimant = $takeover";

    private string P(string sql) => parameter == '$' ? sql : sql.Replace('$', parameter);
}
