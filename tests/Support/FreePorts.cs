using System.Net;
using System.Net.Sockets;

namespace Reporting.Testing;

/// <summary>
/// A TCP port for a child process to listen on. Taken below Linux's ephemeral range (32768–60999): a port the kernel
/// hands out for "any free port" is also what it hands to outgoing connections (to PostgreSQL, SMTP, HTTP) made
/// meanwhile, and a CI run once lost a metrics listener to exactly that race. Checked free on both loopbacks, since
/// "localhost" listeners bind both.
/// </summary>
public static class FreePorts
{
    private const int First = 20_000;
    private const int Last = 32_000;

    public static int Next()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(First, Last);
            if (IsFree(IPAddress.Loopback, port) && (!Socket.OSSupportsIPv6 || IsFree(IPAddress.IPv6Loopback, port)))
                return port;
        }
        throw new InvalidOperationException($"No free TCP port between {First} and {Last} after 200 tries.");
    }

    private static bool IsFree(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
