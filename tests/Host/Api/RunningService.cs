using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Reporting.Host.Api;
using Reporting.Host.Service;

namespace Reporting.Host.Tests.Api;

/// <summary>The real writer process (Kestrel on 127.0.0.1, a free port) over a test warehouse, with one API key.</summary>
public sealed class RunningService : IAsyncDisposable
{
    public const string Key = "rpt_test_key_for_the_api_tests_0123456789";

    private RunningService(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public static async Task<RunningService> StartAsync(string warehouse, string snapshots, params string[] extra)
    {
        var app = ServiceHost.BuildWriter(
        [
            "--urls=http://127.0.0.1:0",
            $"--Reporting:Warehouse={warehouse}",
            $"--Reporting:Snapshots={snapshots}",
            "--Api:Keys:0:Name=tests",
            $"--Api:Keys:0:Sha256={ApiKeyHasher.Hash(Key)}",
            .. extra,
        ]);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            // A service that failed to start still holds its container (meters, connections): release it now.
            await app.DisposeAsync();
            throw;
        }

        return new RunningService(app, new Uri(app.Urls.First()));
    }

    public HttpClient Client(string? key = Key)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
