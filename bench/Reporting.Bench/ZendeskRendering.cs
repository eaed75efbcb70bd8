using System.Text.Json.Nodes;
using Reporting.Ingest.Sources;
using Reporting.Testing.FakeApis;

namespace Reporting.Bench;

/// <summary>Bench tickets as Zendesk serves them: users, groups and a service custom field mapped back by the source options.</summary>
public static class ZendeskRendering
{
    public const string ServiceField = "5001";

    public static long UserId(string person) => 1001 + Array.IndexOf(BenchTickets.People, person);

    public static long GroupId(string team) => 360001 + Array.IndexOf(BenchTickets.Teams, team);

    public static FieldMappingOptions Fields => new()
    {
        Groups = BenchTickets.Teams.ToDictionary(t => GroupId(t).ToString(System.Globalization.CultureInfo.InvariantCulture), t => t),
        ServiceField = ServiceField,
    };

    public static void Load(FakeZendesk zendesk, IEnumerable<BenchTicket> tickets, bool comments)
    {
        foreach (var person in BenchTickets.People)
        {
            zendesk.AddUser(UserId(person), person, person + "@acme.example");
        }

        foreach (var t in tickets)
        {
            var ticket = ZendeskData.Ticket(t.Number, t.Created, t.Updated, t.Subject, t.Body, t.Status, UserId(t.Reporter), UserId(t.Assignee),
                GroupId(t.Team), organization: null, t.Tags, [(5001, JsonValue.Create(t.Service))], priority: t.Priority);
            zendesk.Put(t.Number, t.Updated, ticket.ToJsonString());
            zendesk.SetMetrics(t.Number, ZendeskData.Metrics(t.Number, t.Resolved, replyMinutes: 25));
            if (comments)
            {
                foreach (var c in t.Comments)
                {
                    zendesk.AddComment(t.Number, ZendeskData.Comment(c.Id, UserId(c.Author), c.Body, c.At));
                }
            }
        }
    }
}
