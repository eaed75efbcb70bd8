using System.Text.Json;
using Reporting.Ingest.Files;
using Reporting.Ingest.Jira;
using Reporting.Ingest.Sources.GitHub;
using Reporting.Ingest.Sources.Zendesk;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Sources.Webhooks;

/// <summary>
/// The ticket a verified delivery carries, mapped by the same mapper as the source's pull, so a ticket stored from a
/// webhook is the row the pull would store: Zendesk <c>{"ticket": {…}}</c> in the API's ticket shape (with optional
/// <c>users</c> and <c>metric_sets</c> sideloads), Jira's <c>{"webhookEvent": …, "issue": {…}}</c>, GitHub's <c>issues</c>
/// event <c>{"action": …, "issue": {…}, "repository": {…}}</c>. Null: a delivery that carries no ticket by design
/// (GitHub's <c>ping</c> and other events). A payload that cannot be mapped throws <see cref="RecordFormatException"/>.
/// </summary>
public static class WebhookTicketMapper
{
    public static TicketRecord? Map(string source, SourceOptions options, ReadOnlySpan<byte> body, string? gitHubEvent)
    {
        if (options.Kind == SourceKinds.GitHub && gitHubEvent != "issues")
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException ex)
        {
            throw new RecordFormatException("(body)", $"is not JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new RecordFormatException("(body)", $"expected a JSON object, found {root.ValueKind}");
            }

            try
            {
                return options.Kind switch
                {
                    SourceKinds.Zendesk => new ZendeskTicketMapper(source, options.Fields).Map(Object(root, "ticket"), ZendeskSideloads.Read(root)),
                    SourceKinds.GitHub => new GitHubIssueMapper(source, options.Repository ?? Repository(root), options.Fields).Map(Object(root, "issue"), null),
                    _ => TagFieldMapping.Apply(JiraIssueMapper.Map(Object(root, "issue"), source), options.Fields),
                };
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException)
            {
                // JsonElement accessors throw these for a value of an unexpected JSON type.
                throw new RecordFormatException("(body)", $"unexpected value: {ex.Message}");
            }
        }
    }

    private static JsonElement Object(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw new RecordFormatException(name, "is missing or not an object");

    private static string Repository(JsonElement root) =>
        root.TryGetProperty("repository", out var r) && r.ValueKind == JsonValueKind.Object
        && r.TryGetProperty("full_name", out var name) && name.GetString() is { Length: > 0 } fullName
            ? fullName
            : throw new RecordFormatException("repository.full_name", "is missing");
}
