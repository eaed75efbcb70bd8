using Reporting.Warehouse;
using Reporting.Ingest.Files;

namespace Reporting.Ingest.Tests.Presets;

/// <summary>GitHub issues saved as JSON, by the REST API or by gh, are read without a mapping file.</summary>
public sealed class GitHubIssuesJsonTests
{
    [Fact]
    public async Task A_rest_page_gives_labels_as_tags_and_the_repository_as_product_and_leaves_pull_requests_out()
    {
        const string page = """
            [
              {
                "url": "https://api.github.com/repos/acme/shop/issues/7",
                "repository_url": "https://api.github.com/repos/acme/shop",
                "html_url": "https://github.com/acme/shop/issues/7",
                "number": 7,
                "title": "Cart empties on reload",
                "user": {"login": "carla"},
                "labels": [{"id": 1, "name": "bug"}, {"id": 2, "name": "cart"}],
                "state": "closed",
                "assignee": {"login": "ana"},
                "assignees": [{"login": "ana"}],
                "milestone": {"title": "v2.4"},
                "comments": 3,
                "created_at": "2025-11-17T09:12:00Z",
                "updated_at": "2025-11-18T10:00:00Z",
                "closed_at": "2025-11-18T10:00:00Z",
                "body": "Steps: add an item, reload."
              },
              {
                "repository_url": "https://api.github.com/repos/acme/shop",
                "number": 8,
                "title": "Fix cart",
                "pull_request": {"url": "https://api.github.com/repos/acme/shop/pulls/8"},
                "state": "open",
                "created_at": "2025-11-17T10:00:00Z"
              },
              {
                "repository_url": "https://api.github.com/repos/acme/shop",
                "number": 9,
                "title": "Created as a number",
                "state": "open",
                "created_at": 1763370720000
              }
            ]
            """;

        await using var ingested = await IngestedExport.IngestAsync("issues.json", page);

        Assert.Equal((3L, 1L, 2L), (ingested.Summary.Total.Read, ingested.Summary.Total.Ingested, ingested.Summary.Total.Rejected));
        Assert.Equal(InputKind.GitHubIssuesJson, ingested.Summary.Inputs.Single().Kind);
        Assert.Equal(new StoredTicket
        {
            Id = "7",
            Created = "2025-11-17T09:12:00Z",
            Updated = "2025-11-18T10:00:00Z",
            Resolved = "2025-11-18T10:00:00Z",
            Status = "closed",
            Channel = "github",
            Reporter = "carla",
            Subject = "Cart empties on reload",
            Body = "Steps: add an item, reload.",
            Product = "acme/shop",
            Assignee = "ana",
            Tags = "bug;cart",
            FixVersions = "v2.4",
        }, await ingested.TicketAsync("7"));
        Assert.Equal(
            [
                "20 pull_request: is a pull request, not an issue: pull requests are left out",
                "28 created_at: created_at is a number (1763370720000), expected a date such as 2025-11-17T09:12:00Z",
            ],
            await ingested.RejectsAsync());
    }

    [Fact]
    public async Task Gh_output_on_one_line_gives_comments_as_events_and_the_first_other_voice_as_first_response()
    {
        // gh prints one line; written with ' for " to keep it readable here.
        var gh = (
            "[{'assignees':[{'id':'U1','login':'ana','name':'Ana Silva'}],'author':{'id':'U2','is_bot':false,'login':'carla','name':'Carla'}," +
            "'body':'It crashes.','closedAt':null,'comments':[{'id':'C1','author':{'login':'carla'},'body':'Any news?','createdAt':'2025-11-17T10:00:00Z'}," +
            "{'id':'C2','author':{'login':'ana'},'body':'Looking.','createdAt':'2025-11-17T11:30:00Z'}],'createdAt':'2025-11-17T09:12:00Z'," +
            "'labels':[{'id':'L1','name':'crash','description':'','color':'d73a4a'}],'number':12,'state':'OPEN','title':'App crashes on start'," +
            "'updatedAt':'2025-11-17T11:30:00Z','url':'https://github.com/acme/app/issues/12'}]").Replace('\'', '"');

        await using var ingested = await IngestedExport.IngestAsync("gh-issues.json", gh);

        Assert.Equal((1L, 1L, 0L), (ingested.Summary.Total.Read, ingested.Summary.Total.Ingested, ingested.Summary.Total.Rejected));
        Assert.Equal(new StoredTicket
        {
            Id = "12",
            Created = "2025-11-17T09:12:00Z",
            Updated = "2025-11-17T11:30:00Z",
            FirstResponse = "2025-11-17T11:30:00Z",
            Status = "open",
            Channel = "github",
            Reporter = "carla",
            Subject = "App crashes on start",
            Body = "It crashes.",
            Product = "acme/app",
            Assignee = "ana",
            Tags = "crash",
        }, await ingested.TicketAsync("12"));
        Assert.Equal(["C1 carla Any news?", "C2 ana Looking."],
            await ingested.Warehouse.Connection.ListAsync<string>(
                "SELECT event_id || ' ' || actor || ' ' || detail FROM ticket_events ORDER BY occurred_at"));
    }
}
