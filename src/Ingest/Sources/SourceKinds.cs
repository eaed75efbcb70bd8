namespace Reporting.Ingest.Sources;

/// <summary>The <c>Kind</c> values a configured source may have.</summary>
public static class SourceKinds
{
    public const string Zendesk = "zendesk";
    public const string JiraCloud = "jira-cloud";
    public const string JiraServer = "jira-server";
    public const string GitHub = "github";

    public static readonly IReadOnlyList<string> All = [Zendesk, JiraCloud, JiraServer, GitHub];
}
