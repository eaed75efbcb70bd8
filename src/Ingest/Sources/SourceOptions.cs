namespace Reporting.Ingest.Sources;

/// <summary>
/// One configured source (<c>Sources:NAME</c> in appsettings.json or <c>Sources__NAME__…</c> in the environment).
/// Kind-specific settings are ignored by the other kinds.
/// </summary>
public sealed record SourceOptions
{
    /// <summary>zendesk | jira-cloud | jira-server | github (see <see cref="SourceKinds"/>).</summary>
    public string Kind { get; init; } = "";

    /// <summary>The API root: https://acme.zendesk.com, https://acme.atlassian.net, https://jira.acme.com, https://api.github.com.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>Zendesk agent e-mail or Jira user/e-mail for basic authentication; without it the token is sent as a bearer token.</summary>
    public string? User { get; init; }

    /// <summary>API token. Never logged; prefer the environment (<c>Sources__NAME__Token</c>) to a file.</summary>
    public string? Token { get; init; }

    /// <summary>Jira: project keys the pull is bounded to (Jira Cloud requires a bounded query).</summary>
    public List<string> Projects { get; init; } = [];

    /// <summary>GitHub: <c>owner/repo</c>.</summary>
    public string? Repository { get; init; }

    /// <summary>Zendesk and GitHub: fetch each ticket's comments (one more request per ticket with comments).</summary>
    public bool IncludeComments { get; init; }

    /// <summary>
    /// Zendesk: read each ticket's audits for the changes of priority, type and tags after filing (one more request per
    /// ticket), so the owner model can learn from those fields as filed. Jira's search carries its changelog anyway.
    /// </summary>
    public bool IncludeFieldHistory { get; init; }

    /// <summary>Items per page; 0 takes the API's maximum (Zendesk 1000, Jira 100, GitHub 100).</summary>
    public int PageSize { get; init; }

    /// <summary>Where the first pull starts when the warehouse has no watermark yet (default: the beginning).</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Updated-based sources (Jira, GitHub) re-read this much before the watermark; the upsert absorbs the overlap.</summary>
    public TimeSpan Overlap { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Cron expression for the Host's recurring pull (default every 15 minutes).</summary>
    public string Schedule { get; init; } = "*/15 * * * *";

    /// <summary>Jira: the API user's time zone (IANA id). JQL reads dates in it, so the watermark is converted.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>
    /// Jira and GitHub: after the tickets, read the projects' versions or the repository's releases with their dates into
    /// releases (one request per project or per 100 releases).
    /// </summary>
    public bool Releases { get; init; } = true;

    /// <summary>
    /// The secret shared with the product's webhook (Zendesk signing secret, Jira webhook secret, GitHub webhook secret).
    /// Set: <c>POST /api/webhooks/NAME</c> accepts deliveries signed with it. Unset: the source has no webhook intake.
    /// </summary>
    public string? WebhookSecret { get; init; }

    /// <summary>Zendesk: a delivery whose signed timestamp is further than this from now is refused as stale (default 5 minutes).</summary>
    public TimeSpan WebhookMaxAge { get; init; } = TimeSpan.FromMinutes(5);

    public FieldMappingOptions Fields { get; init; } = new();

    /// <summary>Write-back of suggestions to this source's tickets (off unless <c>WriteBack:Enabled</c>).</summary>
    public WriteBackOptions WriteBack { get; init; } = new();

    public RetryOptions Retry { get; init; } = new();
}
