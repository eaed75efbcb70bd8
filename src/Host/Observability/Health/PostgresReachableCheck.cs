using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Reporting.Host.Observability.Health;

/// <summary>
/// PostgreSQL (ConnectionStrings:Hangfire: jobs and delivery records) answers a query. A fresh, unpooled connection
/// each time, so a pool left with connections to a server that restarted does not decide the answer.
/// </summary>
public sealed class PostgresReachableCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5, CommandTimeout = 5 };
        var where = $"{target.Host}:{target.Port}/{target.Database}";
        try
        {
            await using var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PostgreSQL at {where} answers");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL at {where} (ConnectionStrings:Hangfire) is unreachable: {ex.Message}");
        }
    }
}
