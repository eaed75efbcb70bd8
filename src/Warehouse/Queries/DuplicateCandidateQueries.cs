using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>The tickets the duplicate finder indexes: text, product, service, affected versions and reporter, oldest first.</summary>
public static class DuplicateCandidateQueries
{
    /// <summary>Every ticket with the duplicates its source links it to (versions and links joined by U+001F).</summary>
    public static Task<IReadOnlyList<LinkedTicketRow>> AllWithLinksAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<LinkedTicketRow>(
            """
            SELECT source AS Source, external_id AS ExternalId, created_at AS CreatedAt, subject AS Subject, body AS Body,
                   product AS Product, service AS Service, array_to_string(affected_versions, chr(31)) AS Versions,
                   coalesce(customer, reporter) AS Customer, array_to_string(duplicate_of, chr(31)) AS DuplicateOf
            FROM tickets WHERE NOT deleted
            ORDER BY created_at, external_id
            """, cancellationToken: cancellationToken);

    /// <summary>Tickets ingested after <paramref name="since"/>, with their status, for an index kept up to date.</summary>
    public static Task<IReadOnlyList<IndexedTicketRow>> IngestedSinceAsync(DuckDBConnection connection, DateTime since, CancellationToken cancellationToken) =>
        connection.ListAsync<IndexedTicketRow>(
            """
            SELECT external_id AS Id, created_at AS CreatedAt, subject AS Subject, body AS Body, product AS Product, service AS Service,
                   array_to_string(affected_versions, chr(31)) AS Versions, coalesce(customer, reporter) AS Customer,
                   status AS Status, ingested_at AS IngestedAt
            FROM tickets WHERE NOT deleted AND ingested_at > $since
            ORDER BY created_at, external_id
            """, new { since }, cancellationToken);
}

public sealed record LinkedTicketRow(
    string Source, string ExternalId, DateTime CreatedAt, string Subject, string Body, string? Product, string? Service,
    string? Versions, string? Customer, string? DuplicateOf);

public sealed record IndexedTicketRow(
    string Id, DateTime CreatedAt, string Subject, string Body, string? Product, string? Service, string? Versions,
    string? Customer, string? Status, DateTime IngestedAt);
