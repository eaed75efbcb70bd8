using System.Text;
using System.Text.Json;

namespace Reporting.Ingest.Jira;

/// <summary>
/// Flattens Atlassian Document Format (Jira Cloud v3 descriptions and comments) to plain text:
/// blocks become lines, code blocks keep their text, mentions and emoji keep their visible text.
/// </summary>
public static class AtlassianDocumentText
{
    private static readonly HashSet<string> BlockTypes =
    [
        "paragraph", "heading", "codeBlock", "blockquote", "listItem", "tableRow", "rule", "panel", "mediaSingle",
    ];

    /// <summary>Text of a Jira field that is plain text (v2) or an ADF document (v3); empty for null.</summary>
    public static string ToPlainText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Object => Flatten(value),
        _ => "",
    };

    private static string Flatten(JsonElement document)
    {
        var text = new StringBuilder();
        Append(document, text);
        return text.ToString().Trim();
    }

    private static void Append(JsonElement node, StringBuilder text)
    {
        var type = node.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "text":
                text.Append(node.TryGetProperty("text", out var s) ? s.GetString() : "");
                return;
            case "hardBreak":
                text.Append('\n');
                return;
            case "mention" or "emoji" or "status" or "date":
                if (node.TryGetProperty("attrs", out var attrs))
                {
                    var visible = attrs.TryGetProperty("text", out var v) ? v.GetString()
                        : attrs.TryGetProperty("shortName", out var sn) ? sn.GetString() : null;
                    text.Append(visible);
                }

                return;
            case "inlineCard" or "blockCard":
                if (node.TryGetProperty("attrs", out var card) && card.TryGetProperty("url", out var url))
                {
                    text.Append(url.GetString());
                }

                return;
            case "tableCell" or "tableHeader":
                AppendChildren(node, text);
                text.Append(" | ");
                return;
        }

        if (type is not null && BlockTypes.Contains(type) && text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }

        AppendChildren(node, text);

        if (type is not null && BlockTypes.Contains(type) && text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    private static void AppendChildren(JsonElement node, StringBuilder text)
    {
        if (node.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in content.EnumerateArray())
            {
                Append(child, text);
            }
        }
    }
}
