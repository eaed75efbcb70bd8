using Reporting.Ingest.Sources.GitHub;
using Reporting.Ingest.Sources.Http;
using Reporting.Ingest.Sources.Jira;
using Reporting.Ingest.Sources.Zendesk;

namespace Reporting.Ingest.Sources;

/// <summary>Builds the source a configuration's <c>Kind</c> names.</summary>
public static class TicketSources
{
    public static ITicketSource Create(string name, SourceOptions options, SourceHttpClient http) => options.Kind switch
    {
        SourceKinds.Zendesk => new ZendeskIncrementalSource(name, options, http),
        SourceKinds.JiraCloud => new JiraCloudSearchSource(name, options, http),
        SourceKinds.JiraServer => new JiraServerSearchSource(name, options, http),
        SourceKinds.GitHub => new GitHubIssuesSource(name, options, http),
        _ => throw new InvalidDataException($"Sources:{name}:Kind '{options.Kind}' is not one of {string.Join(", ", SourceKinds.All)}"),
    };
}
