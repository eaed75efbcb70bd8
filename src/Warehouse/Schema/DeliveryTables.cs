namespace Reporting.Warehouse.Schema;

/// <summary>
/// Digest delivery records of the embedded service (PostgreSQL holds them when the service scales out). A claimant
/// holds a record until lease_until, so two processes never hand the same digest over at once.
/// </summary>
internal static class DeliveryTables
{
    public const string DigestDeliveries =
        """
        CREATE TABLE IF NOT EXISTS digest_deliveries (
            subscription VARCHAR   NOT NULL,
            week         VARCHAR   NOT NULL,
            status       VARCHAR   NOT NULL,
            attempts     INTEGER   NOT NULL,
            detail       VARCHAR,
            updated_at   TIMESTAMP NOT NULL,
            claimant     VARCHAR,
            lease_until  TIMESTAMP,
            PRIMARY KEY (subscription, week)
        )
        """;

    public static readonly string[] Statements = [DigestDeliveries];
}
