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

        foreach (var problem in ValidateWriteBack(at, o.WriteBack))
        {
            yield return problem;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _))
        {
            yield return $"{at}:TimeZone '{o.TimeZone}' is not a known time zone";
        }
    }

    private static IEnumerable<string> ValidateWriteBack(string at, WriteBackOptions w)
    {
        at += ":WriteBack";
        if (w.Policy is not (WriteBackOptions.Threshold or WriteBackOptions.Accepted))
        {
            yield return $"{at}:Policy '{w.Policy}' is not {WriteBackOptions.Threshold} or {WriteBackOptions.Accepted}";
        }

        if (w.MinProbability is < 0.5 or > 1)
        {
            yield return $"{at}:MinProbability {w.MinProbability} is not between 0.5 and 1";
        }

        if (w.SimilarTickets is < 0 or > 10)
        {
            yield return $"{at}:SimilarTickets {w.SimilarTickets} is not between 0 and 10";
        }

        if (w.MaxPerRun is < 1 or > 1000)
        {
            yield return $"{at}:MaxPerRun {w.MaxPerRun} is not between 1 and 1000";
        }

        if (w.MaxTicketAge <= TimeSpan.Zero || w.MaxTicketAge > TimeSpan.FromDays(366))
        {
            yield return $"{at}:MaxTicketAge {w.MaxTicketAge} is not between 00:00:01 and 366.00:00:00";
        }

        if (w.Tag is { } tag && (tag.Length is 0 or > 100 || tag.Any(char.IsWhiteSpace)))
        {
            yield return $"{at}:Tag '{tag}' must be 1–100 characters without spaces";
        }

        if (!w.Comment && w.Tag is null && w.Enabled)
        {
            yield return $"{at}: neither Comment nor Tag is set, so there is nothing to write";
        }

        if (w.WorkspaceUrl is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttps && u.Scheme != Uri.UriSchemeHttp)))
        {
            yield return $"{at}:WorkspaceUrl '{url}' is not an http(s) URL";
        }
    }
}
