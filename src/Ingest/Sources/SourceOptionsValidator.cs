namespace Reporting.Ingest.Sources;

/// <summary>Checks one source's settings and says what is wrong in terms of the configuration keys.</summary>
public static class SourceOptionsValidator
{
    public static IEnumerable<string> Validate(string name, SourceOptions o)
    {
        var at = $"{SourcesConfiguration.SectionName}:{name}";
        if (!SourceKinds.All.Contains(o.Kind))
        {
            yield return $"{at}:Kind '{o.Kind}' is not one of {string.Join(", ", SourceKinds.All)}";
        }

        if (!Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return $"{at}:BaseUrl '{o.BaseUrl}' is not an http(s) URL";
        }

        if (o.Kind == SourceKinds.JiraCloud && o.Projects.Count == 0)
        {
            yield return $"{at}:Projects is empty (Jira Cloud only answers bounded queries: list the project keys)";
        }

        if (o.Kind == SourceKinds.GitHub && (o.Repository is null || o.Repository.Split('/') is not [{ Length: > 0 }, { Length: > 0 }]))
        {
            yield return $"{at}:Repository '{o.Repository}' is not owner/repo";
        }

        if (o.WebhookMaxAge <= TimeSpan.Zero || o.WebhookMaxAge > TimeSpan.FromHours(1))
        {
            yield return $"{at}:WebhookMaxAge {o.WebhookMaxAge} is not between 00:00:01 and 01:00:00";
        }

        if (o.PageSize < 0)
        {
            yield return $"{at}:PageSize {o.PageSize} is negative";
        }

        if (o.Overlap < TimeSpan.Zero)
        {
            yield return $"{at}:Overlap {o.Overlap} is negative";
        }

        if (o.Retry.MaxAttempts < 1)
        {
            yield return $"{at}:Retry:MaxAttempts must be at least 1";
        }

        if (o.Retry.RequestTimeout <= TimeSpan.Zero)
        {
            yield return $"{at}:Retry:RequestTimeout must be positive";
        }

        if (o.Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is not (5 or 6))
        {
            yield return $"{at}:Schedule '{o.Schedule}' is not a cron expression (5 or 6 fields)";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _))
        {
            yield return $"{at}:TimeZone '{o.TimeZone}' is not a known time zone";
        }
    }
}
