using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Reporting.Testing;

/// <summary>
/// A real SMTP server on 127.0.0.1 (the SmtpServer package) that keeps what it receives, refuses chosen
/// recipients with a permanent error, and can be stopped and started again on the same port.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _arrivals = new(0);
    private volatile TaskCompletionSource? _hold;
    private CancellationTokenSource? _stop;
    private Task? _running;

    private SmtpTestServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => _received.ToArray();

    public bool IsRunning => _running is not null;

    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = new SmtpTestServer(FreePorts.Next());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>
    /// From now on the server keeps each message it receives but holds its reply to DATA until
    /// <see cref="ReleaseReplies"/>: a sender stopped meanwhile has handed the message over without knowing it.
    /// </summary>
    public void HoldReplies() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseReplies()
    {
        var hold = _hold;
        _hold = null;
        hold?.TrySetResult();
    }

    /// <summary>Waits until <paramref name="count"/> messages have arrived in all.</summary>
    public async Task WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (_received.Count < count)
        {
            try
            {
                await _arrivals.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{_received.Count} of {count} messages arrived within {timeout.TotalSeconds} s");
            }
        }
    }

    /// <summary>RCPT TO this address gets a permanent 5xx refusal.</summary>
    public void Refuse(string address) => _refused[address] = true;

    public async Task StartAgainAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter(_refused));
        var server = new SmtpServer.SmtpServer(options, services);
        _stop = new CancellationTokenSource();
        _running = server.StartAsync(_stop.Token);
        await WaitUntilListeningAsync();
    }

    public async Task StopAsync()
    {
        if (_stop is null || _running is null)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _stop = null;
        _running = null;
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseReplies();
        await StopAsync();
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }

        throw new InvalidOperationException($"SMTP test server did not start on port {Port}");
    }


    private sealed class Store(SmtpTestServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            server._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            server._arrivals.Release();
            if (server._hold is { } hold)
            {
                await hold.Task.WaitAsync(cancellationToken);
            }

            return SmtpResponse.Ok;
        }
    }

    private sealed class Filter(ConcurrentDictionary<string, bool> refused) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!refused.ContainsKey(to.AsAddress()));
    }
}
