using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reporting.Testing.FakeApis;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, an ephemeral port) for a fake API: logs every request and
/// answers with a planned <see cref="Fault"/> (429, 500, a malformed body, a dropped connection) before
/// the API's own handler when one applies.
/// </summary>
public sealed class FakeApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();
    private long _requestCount;

    private FakeApiHost(WebApplication app) => _app = app;

    /// <summary>The root every path is relative to, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public FaultPlan Faults { get; } = new();

    /// <summary>Path and query of every request received, in order (faulted ones included).</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    public static async Task<FakeApiHost> StartAsync(Action<IEndpointRouteBuilder> mapEndpoints)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var host = new FakeApiHost(builder.Build());
        host._app.Use(host.ApplyFaultsAsync);
        mapEndpoints(host._app);
        await host._app.StartAsync();
        var address = host._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return host;
    }

    private async Task ApplyFaultsAsync(HttpContext context, Func<Task> next)
    {
        var number = Interlocked.Increment(ref _requestCount);
        _requests.Enqueue(context.Request.Path + context.Request.QueryString);
        if (Faults.Take(context.Request, number) is not { } fault)
        {
            await next();
            return;
        }

        if (fault.Abort)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = fault.Status;
        foreach (var (name, value) in fault.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(fault.Body ?? $"{{\"error\":\"fault {fault.Status}\"}}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
