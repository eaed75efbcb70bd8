using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Reporting.Ingest.Sources.Http;

/// <summary>
/// GETs JSON from one source's API (and sends JSON to it, for write-back and chat webhooks): authenticates, retries 429/5xx/timeouts/dropped connections with
/// exponential backoff and jitter (honouring Retry-After and GitHub's rate-limit reset), and turns
/// every failure into a <see cref="SourceException"/> that names the source and URL but never the token.
/// </summary>
public sealed class SourceHttpClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<ApiResponse> _pipeline;
    private readonly RetryOptions _retry;
    private readonly TimeProvider _time;
    private int _retries;

    /// <param name="secretPath">A secret carried in the URL itself (a chat webhook's path): redacted like the token.</param>
    public SourceHttpClient(string source, SourceOptions options, TimeProvider time, string? secretPath = null)
    {
        Source = source;
        BaseUri = new Uri(options.BaseUrl.TrimEnd('/') + "/");
        _retry = options.Retry;
        _time = time;

        string? basic = null;
        if (!string.IsNullOrEmpty(options.User) && !string.IsNullOrEmpty(options.Token))
        {
            // Zendesk API tokens authenticate as "{email}/token:{token}"; Jira Cloud as "{email}:{token}".
            var user = options.Kind == SourceKinds.Zendesk ? $"{options.User}/token" : options.User;
            basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{options.Token}"));
        }

        Redactor = new SecretRedactor(options.Token, basic, secretPath);
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = DecompressionMethods.All })
        {
            BaseAddress = BaseUri,
            Timeout = Timeout.InfiniteTimeSpan, // each attempt has its own timeout in the pipeline
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("reporting-pull", "1.0"));
        if (options.Kind == SourceKinds.GitHub)
        {
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
            _http.DefaultRequestHeaders.Add("X-GitHub-Api-Version", "2022-11-28");
        }
        else
        {
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        if (basic is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }
        else if (!string.IsNullOrEmpty(options.Token))
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        }

        _pipeline = BuildPipeline(options.Retry, time);
    }

    public string Source { get; }

    public Uri BaseUri { get; }

    public SecretRedactor Redactor { get; }

    /// <summary>Requests repeated after a transient failure, over this client's life.</summary>
    public int Retries => _retries;

    /// <summary>GETs a path relative to the base URL (or an absolute URL the API returned) and parses it as JSON.</summary>
    public async Task<ApiPage> GetJsonAsync(string url, CancellationToken cancellationToken) =>
        (await GetJsonCoreAsync(url, notFoundIsNull: false, cancellationToken))!;

    /// <summary>As <see cref="GetJsonAsync"/>, but null for 404 (a ticket deleted since the page listed it).</summary>
    public Task<ApiPage?> GetJsonOrNullAsync(string url, CancellationToken cancellationToken) =>
        GetJsonCoreAsync(url, notFoundIsNull: true, cancellationToken);

    private async Task<ApiPage?> GetJsonCoreAsync(string url, bool notFoundIsNull, CancellationToken cancellationToken)
    {
        var uri = new Uri(BaseUri, url);
        var response = await SendAsync(HttpMethod.Get, uri, null, cancellationToken);
        if (notFoundIsNull && response.Status == HttpStatusCode.NotFound)
        {
            return null;
        }

        EnsureSuccess(response);
        try
        {
            return new ApiPage(uri, JsonDocument.Parse(response.Body), response.Headers);
        }
        catch (JsonException ex)
        {
            throw Failure(uri, $"the response is not valid JSON ({ex.Message}); body starts: {Excerpt(response.Body)}");
        }
    }

    /// <summary>
    /// Sends a JSON body (POST, PUT) to a path relative to the base URL, with the same retries, and returns the answer, which
    /// must be a success (any body: Slack answers <c>ok</c> in plain text). A failure names the method, URL and status.
    /// </summary>
    public async Task<ApiResponse> SendJsonAsync(HttpMethod method, string url, string json, CancellationToken cancellationToken)
    {
        var uri = new Uri(BaseUri, url);
        var response = await SendAsync(method, uri, json, cancellationToken);
        EnsureSuccess(response, method);
        return response;
    }

    /// <summary>A clear error about a page that parsed but is not what the API documents.</summary>
    public SourceException MalformedPage(ApiPage page, string problem) => Failure(page.Uri, $"malformed page: {problem}");

    public SourceException Failure(Uri uri, string problem) => Failure(HttpMethod.Get, uri, problem);

    private SourceException Failure(HttpMethod method, Uri uri, string problem) =>
        new(Redactor.Redact($"source '{Source}': {method} {uri}: {problem}"));

    private async Task<ApiResponse> SendAsync(HttpMethod method, Uri uri, string? json, CancellationToken cancellationToken)
    {
        var attempts = 0;
        ApiResponse response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    using var request = new HttpRequestMessage(method, uri);
                    if (json is not null)
                    {
                        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
                    }

                    using var answer = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                    var body = await answer.Content.ReadAsByteArrayAsync(token);
                    return new ApiResponse(uri, answer.StatusCode, answer.ReasonPhrase ?? "", answer.Headers, body);
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException)
        {
            var what = ex is TimeoutRejectedException ? $"no answer within {_retry.RequestTimeout.TotalSeconds:0.#} s" : ex.Message;
            throw new SourceException(Redactor.Redact($"source '{Source}': {method} {uri} failed after {attempts} attempt(s): {what}"), ex);
        }

        return response with { Attempts = attempts };
    }

    private void EnsureSuccess(ApiResponse response, HttpMethod? method = null)
    {
        method ??= HttpMethod.Get;
        if (response.IsSuccess)
        {
            return;
        }

        var (uri, attempts) = (response.Uri, response.Attempts);
        var status = $"{(int)response.Status} {response.ReasonPhrase}";
        if (IsTransient(response) && RetryDelay.Requested(response.Headers, _time.GetUtcNow()) is { } wait && wait > _retry.MaxWait)
        {
            throw Failure(method, uri, $"{status}: rate limited for {wait.TotalSeconds:0} s, longer than Retry:MaxWait ({_retry.MaxWait.TotalSeconds:0} s); " +
                               "the next run resumes from the watermark");
        }

        if (response.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && !IsTransient(response))
        {
            throw Failure(method, uri, $"{status}: the credentials were refused (check Sources:{Source}:User and Token); {Excerpt(response.Body)}");
        }

        throw Failure(method, uri, IsTransient(response)
            ? $"still {status} after {attempts} attempt(s); {Excerpt(response.Body)}"
            : $"{status}; {Excerpt(response.Body)}");
    }

    private ResiliencePipeline<ApiResponse> BuildPipeline(RetryOptions retry, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<ApiResponse> { TimeProvider = time };
        if (retry.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<ApiResponse>
            {
                MaxRetryAttempts = retry.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or IOException or TimeoutRejectedException } => true,
                    { Result: { } r } => IsTransient(r) && !(RetryDelay.Requested(r.Headers, time.GetUtcNow()) > retry.MaxWait),
                    _ => false,
                }),
                // The server's own wait wins over the backoff; Polly falls back to the backoff on null.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } r ? RetryDelay.Requested(r.Headers, time.GetUtcNow()) : null),
                OnRetry = _ =>
                {
                    Interlocked.Increment(ref _retries);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.AddTimeout(retry.RequestTimeout).Build();
    }

    private static bool IsTransient(ApiResponse r) =>
        (int)r.Status >= 500 || r.Status == HttpStatusCode.RequestTimeout || RetryDelay.IsRateLimited(r.Status, r.Headers);

    private string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300)).ReplaceLineEndings(" ").Trim();
        return Redactor.Redact(text.Length == 0 ? "(empty body)" : body.Length > 300 ? text + "…" : text);
    }

    public void Dispose() => _http.Dispose();
}
