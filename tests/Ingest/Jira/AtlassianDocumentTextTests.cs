using System.Text.Json;
using Reporting.Ingest.Jira;

namespace Reporting.Ingest.Tests.Jira;

public class AtlassianDocumentTextTests
{
    [Fact]
    public void Cloud_documents_flatten_to_lines_of_text()
    {
        const string adf = """
            {"type":"doc","version":1,"content":[
              {"type":"paragraph","content":[{"type":"text","text":"Upload fails for "},{"type":"mention","attrs":{"id":"1","text":"@Ana"}},{"type":"text","text":" too"}]},
              {"type":"codeBlock","content":[{"type":"text","text":"java.io.IOException: disk full"}]},
              {"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"step one"}]}]}]},
              {"type":"paragraph","content":[{"type":"text","text":"see"},{"type":"hardBreak"},{"type":"inlineCard","attrs":{"url":"https://example.com/x"}}]}
            ]}
            """;

        var text = AtlassianDocumentText.ToPlainText(JsonDocument.Parse(adf).RootElement);

        Assert.Equal("Upload fails for @Ana too\njava.io.IOException: disk full\nstep one\nsee\nhttps://example.com/x", text);
    }

    [Fact]
    public void Server_text_passes_through_and_null_is_empty()
    {
        Assert.Equal("plain {code}x{code}", AtlassianDocumentText.ToPlainText(JsonDocument.Parse("\"plain {code}x{code}\"").RootElement));
        Assert.Equal("", AtlassianDocumentText.ToPlainText(JsonDocument.Parse("null").RootElement));
    }
}
