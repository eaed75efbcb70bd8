using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Reporting.Host.Api;

namespace Reporting.Bench;

/// <summary>The real <c>reporting serve</c> as a child process on a free loopback port, with one API key and a client for it.</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, HttpClient http)
    {
        _process = process;
        Http = http;
    }

    public HttpClient Http { get; }

    public static async Task<ServeProcess> StartAsync(string db, string directory, int clients)
    {
        var key = ApiKeyHasher.NewKey();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var a in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "reporting.dll"), "serve", "--db", db, "--urls", $"http://127.0.0.1:{port}",
                     "--Api:Keys:0:Name=bench", $"--Api:Keys:0:Sha256={ApiKeyHasher.Hash(key)}", "--Logging:LogLevel:Default=Warning",
                     $"--Reporting:Snapshots={Path.Combine(directory, "snapshots")}",
                 })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromSeconds(60),
        };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var server = new ServeProcess(process, http);
        await server.WaitUntilUpAsync();
        return server;
    }

    private async Task WaitUntilUpAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"reporting serve exited with {_process.ExitCode}");
            }

            try
            {
                if ((await Http.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("reporting serve did not answer /healthz within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
