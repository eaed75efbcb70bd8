using DuckDB.NET.Data;
using Reporting.Warehouse;

namespace Reporting.Analytics.Digest;

/// <summary>A product manager who gets a weekly digest for the teams they own (from teams.yaml).</summary>
public sealed record DigestSubscription(string PmName, string PmEmail, string TimeZone, IReadOnlyList<string> Teams)
{
    public static async Task<IReadOnlyList<DigestSubscription>> LoadAllAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var rows = await connection.ListAsync<(string Team, string Name, string Email, string TimeZone)>(
            """
            SELECT team, coalesce(pm_name, pm_email), pm_email, coalesce(pm_time_zone, 'UTC')
            FROM teams WHERE pm_email IS NOT NULL AND pm_email <> '' ORDER BY lower(pm_email), team
            """, cancellationToken: cancellationToken);
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
