using System.Text.Json.Nodes;

namespace Reporting.Host.Application.Notifications;

/// <summary>
/// A notice in each chat's documented incoming-webhook format: Slack <c>{"text", "blocks"}</c> (a header block and a
/// mrkdwn section; <c>text</c> is the notification fallback), a Teams Workflows message carrying an Adaptive Card 1.4,
/// or a legacy Office 365 connector MessageCard.
/// </summary>
public static class ChatPayloads
{
    public static string For(string kind, ChatNotice notice) => kind switch
    {
        ChatChannelOptions.TeamsFormat => AdaptiveCard(notice),
        ChatChannelOptions.TeamsConnectorFormat => MessageCard(notice),
        _ => Slack(notice),
    };

    public static string Slack(ChatNotice notice) => new JsonObject
    {
        ["text"] = $"{notice.Title}: {string.Join(" ", notice.Lines)}",
        ["blocks"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "header",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Cut(notice.Title, 150) },
            },
            new JsonObject
            {
                ["type"] = "section",
                ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Cut(string.Join("\n", notice.Lines.Select(l => "• " + SlackEscape(l))), 3000) },
            }),
    }.ToJsonString();

    public static string AdaptiveCard(ChatNotice notice) => new JsonObject
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["contentUrl"] = null,
            ["content"] = new JsonObject
            {
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["type"] = "AdaptiveCard",
                ["version"] = "1.4",
                ["body"] = new JsonArray(
                [
                    new JsonObject { ["type"] = "TextBlock", ["text"] = notice.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                    .. notice.Lines.Select(l => (JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = l, ["wrap"] = true }),
                ]),
            },
        }),
    }.ToJsonString();

    public static string MessageCard(ChatNotice notice) => new JsonObject
    {
        ["@type"] = "MessageCard",
        ["@context"] = "https://schema.org/extensions",
        ["summary"] = Cut(notice.Title, 150),
        ["title"] = notice.Title,
        ["text"] = string.Join("<br>", notice.Lines.Select(System.Net.WebUtility.HtmlEncode)),
    }.ToJsonString();

    /// <summary>Slack reads &amp;, &lt; and &gt; as control characters in mrkdwn.</summary>
    private static string SlackEscape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
