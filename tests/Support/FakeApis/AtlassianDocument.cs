using System.Text.Json.Nodes;

namespace Reporting.Testing.FakeApis;

/// <summary>
/// Turns Jira v2 plain text into the Atlassian Document Format Cloud v3 returns: blank-line separated
/// paragraphs, single line breaks as <c>hardBreak</c> nodes.
/// </summary>
public static class AtlassianDocument
{
    public static JsonObject FromText(string text)
    {
        var paragraphs = new JsonArray();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            var content = new JsonArray();
            var lines = paragraph.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    content.Add(new JsonObject { ["type"] = "hardBreak" });
                }

                if (lines[i].Length > 0)
                {
                    content.Add(new JsonObject { ["type"] = "text", ["text"] = lines[i] });
                }
            }

            if (content.Count > 0)
            {
                paragraphs.Add(new JsonObject { ["type"] = "paragraph", ["content"] = content });
            }
        }

        return new JsonObject { ["type"] = "doc", ["version"] = 1, ["content"] = paragraphs };
    }
}
