using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Reporting.Host.Email;

namespace Reporting.Host.Observability.Health;

/// <summary>
/// The SMTP server (Smtp:Host, Smtp:Port) accepts a TCP connection within 5 s. Only the connection is tried: a
/// readiness probe every few seconds should not open mail sessions or send credentials.
/// </summary>
public sealed class SmtpReachableCheck(IOptions<SmtpOptions> options) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (host, port) = (options.Value.Host, options.Value.Port);
        using var within = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        within.CancelAfter(Timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, within.Token);
            return HealthCheckResult.Healthy($"SMTP server {host}:{port} accepts connections");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"SMTP server {host}:{port} (Smtp:Host) did not answer within {Timeout.TotalSeconds:F0} s");
        }
        catch (SocketException ex)
        {
            return HealthCheckResult.Unhealthy($"SMTP server {host}:{port} (Smtp:Host) is unreachable: {ex.Message}");
        }
    }
}
