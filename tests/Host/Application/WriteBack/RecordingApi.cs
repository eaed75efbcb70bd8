using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Reporting.Testing.FakeApis;

namespace Reporting.Host.Tests.Application.WriteBack;

/// <summary>
/// A stand-in for the write APIs on 127.0.0.1 (Kestrel): Zendesk's ticket update, Jira's comment and issue update, GitHub's
/// comment and labels, and Slack's and Teams' incoming webhooks, each answering as documented (Zendesk 200 with the ticket,
/// Jira 201 with the comment or 204, GitHub 201 or 200, Slack 200 <c>ok</c>, Teams 202). Every request that reaches an
/// answer is recorded with its method, path, authorization and JSON body; <see cref="Faults"/> plays the error answers.
/// </summary>
internal sealed class RecordingApi : IAsyncDisposable
{
    private readonly FakeApiHost _host;

    private RecordingApi(FakeApiHost host, ConcurrentQueue<RecordedRequest> received) => (_host, _received) = (host, received);

    private readonly ConcurrentQueue<RecordedRequest> _received;

    public string BaseUrl => _host.BaseUrl.ToString();

    public FaultPlan Faults => _host.Faults;

    /// <summary>Every request, faulted ones included (paths only).</summary>
    public IReadOnlyList<string> Requests => _host.Requests;

    /// <summary>Requests answered with success, with their bodies.</summary>
    public IReadOnlyList<RecordedRequest> Received => _received.ToArray();

    public static async Task<RecordingApi> StartAsync()
    {
        var received = new ConcurrentQueue<RecordedRequest>();
        var host = await FakeApiHost.StartAsync(app => app.Map("/{**path}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync();
            var path = context.Request.Path.Value ?? "";
            received.Enqueue(new RecordedRequest(context.Request.Method, path, context.Request.Headers.Authorization.ToString(),
                context.Request.ContentType ?? "", text.Length == 0 ? null : JsonNode.Parse(text)));
            var (status, body, type) = Answer(context.Request.Method, path);
            context.Response.StatusCode = status;
            context.Response.ContentType = type;
            if (body is not null)
            {
                await context.Response.WriteAsync(body);
            }
        }));
        return new RecordingApi(host, received);
    }

    private static (int Status, string? Body, string Type) Answer(string method, string path) => (method, path) switch
    {
        ("PUT", _) when path.StartsWith("/api/v2/tickets/", StringComparison.Ordinal) =>
            (200, """{"ticket":{"id":1,"status":"open"},"audit":{"id":2,"events":[]}}""", "application/json"),
        ("POST", _) when path.StartsWith("/rest/api/", StringComparison.Ordinal) && path.EndsWith("/comment", StringComparison.Ordinal) =>
            (201, """{"id":"10000","self":"https://acme.atlassian.net/rest/api/3/issue/10010/comment/10000"}""", "application/json"),
        ("PUT", _) when path.StartsWith("/rest/api/", StringComparison.Ordinal) => (204, null, "application/json"),
        ("POST", _) when path.EndsWith("/comments", StringComparison.Ordinal) => (201, """{"id":1,"body":"..."}""", "application/json"),
        ("POST", _) when path.EndsWith("/labels", StringComparison.Ordinal) => (200, """[{"id":208045946,"name":"triage"}]""", "application/json"),
        ("POST", _) when path.StartsWith("/services/", StringComparison.Ordinal) => (200, "ok", "text/plain"),
        ("POST", _) when path.StartsWith("/workflows/", StringComparison.Ordinal) => (202, null, "text/plain"),
        _ => (404, """{"error":"not found"}""", "application/json"),
    };

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>One request the stand-in answered.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Authorization, string ContentType, JsonNode? Body);
