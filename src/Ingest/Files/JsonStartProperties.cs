using System.Text;
using System.Text.Json;

namespace Reporting.Ingest.Files;

/// <summary>
/// The property names of the first JSON object in the beginning of a text (a JSON Lines record, or the first element
/// of an array), read without needing the rest of the text: enough to tell what a file holds.
/// </summary>
internal static class JsonStartProperties
{
    /// <exception cref="JsonException">The beginning is not valid JSON.</exception>
    public static HashSet<string> Read(string start, bool complete)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(start), isFinalBlock: complete, state: default);
        var objectDepth = -1;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when objectDepth < 0:
                    objectDepth = reader.CurrentDepth + 1;
                    break;
                case JsonTokenType.PropertyName when reader.CurrentDepth == objectDepth:
                    names.Add(reader.GetString()!);
                    break;
                case JsonTokenType.EndObject when reader.CurrentDepth == objectDepth - 1:
                    return names;
            }
        }

        return names;
    }
}
