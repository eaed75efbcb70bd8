using DuckDB.NET.Data;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Digest;

/// <summary>A product manager who gets a weekly digest for the teams they own (from teams.yaml).</summary>
public sealed record DigestSubscription(string PmName, string PmEmail, string TimeZone, IReadOnlyList<string> Teams)
{
    public static async Task<IReadOnlyList<DigestSubscription>> LoadAllAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var rows = await DigestSubscriptionQueries.ProductManagersAsync(connection, cancellationToken);
        return rows.GroupBy(r => r.Email.ToLowerInvariant())
            .Select(g => new DigestSubscription(g.First().Name, g.First().Email, g.First().TimeZone, g.Select(r => r.Team).ToList()))
            .ToList();
    }

    public static async Task<DigestSubscription> FindAsync(DuckDBConnection connection, string pmEmail, CancellationToken cancellationToken)
    {
        var all = await LoadAllAsync(connection, cancellationToken);
        if (all.Count == 0)
        {
            throw new NotFoundException(NoneConfigured);
        }

        return all.FirstOrDefault(s => s.PmEmail.Equals(pmEmail, StringComparison.OrdinalIgnoreCase))
               ?? throw new NotFoundException($"No product manager '{pmEmail}'. Known: {string.Join(", ", all.Select(s => s.PmEmail))}");
    }

    /// <summary>Every subscription; refuses a warehouse without product managers, whose digests would go to no one.</summary>
    public static async Task<IReadOnlyList<DigestSubscription>> LoadConfiguredAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var all = await LoadAllAsync(connection, cancellationToken);
        return all.Count > 0 ? all : throw new InvalidDataException(NoneConfigured);
    }

    private const string NoneConfigured = "No product managers are configured: load a teams.yaml with product_manager entries first.";
}
