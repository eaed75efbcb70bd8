using Reporting.Ingest.Sources;

namespace Reporting.Host.Application.Notifications;

/// <summary>One chat channel's incoming webhook (<c>Notifications:Channels:NAME</c>) and what it is told.</summary>
public sealed record ChatChannelOptions
{
    public const string SlackFormat = "slack";
    public const string TeamsFormat = "teams";
    public const string TeamsConnectorFormat = "teams-connector";

    public static readonly string[] Kinds = [SlackFormat, TeamsFormat, TeamsConnectorFormat];

    /// <summary><c>slack</c> (Block Kit), <c>teams</c> (Adaptive Card, Workflows webhook) or <c>teams-connector</c> (legacy Office 365 connector MessageCard).</summary>
    public string Kind { get; init; } = SlackFormat;

    /// <summary>The incoming webhook URL (a secret: prefer the environment, <c>Notifications__Channels__NAME__Url</c>).</summary>
    public string Url { get; init; } = "";

    /// <summary>What this channel is told (default all): handover, recurring, digest-failed, source-stale.</summary>
    public List<string> Events { get; init; } = [];

    /// <summary>Hand-overs and recurring groups of these teams only (default every team).</summary>
    public List<string> Teams { get; init; } = [];

    /// <summary>Retries of one message (429 Retry-After, 5xx, timeouts) before it is recorded as failed.</summary>
    public RetryOptions Retry { get; init; } = new() { MaxAttempts = 3 };
}
