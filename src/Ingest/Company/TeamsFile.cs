using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Reporting.Ingest.Company;

/// <summary>Reads and writes teams.yaml. Reading validates everything and reports every problem with the file name.</summary>
public static partial class TeamsFile
{
    public const int MaxWeeklyHours = 80;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads and validates a teams.yaml file.</summary>
    /// <exception cref="TeamsFileException">The file is missing, is not valid YAML or breaks a rule.</exception>
    public static TeamsDocument Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Utf8NoBom);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TeamsFileException(path, $"cannot be read: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and validates teams.yaml content; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="TeamsFileException">The text is not valid YAML or breaks a rule.</exception>
    public static TeamsDocument Parse(string yaml, string sourceName)
    {
        TeamsYamlShape.Document? shape;
        try
        {
            shape = new DeserializerBuilder().Build().Deserialize<TeamsYamlShape.Document?>(yaml);
        }
        catch (YamlException ex)
        {
            throw new TeamsFileException(sourceName, DescribeYamlError(ex), ex);
        }

        var problems = new List<string>();
        var document = TeamsDocumentValidation.Convert(shape, problems);
        if (problems.Count > 0 || document is null)
        {
            var heading = problems.Count == 1 ? problems[0] : $"{problems.Count} problems:\n  - " + string.Join("\n  - ", problems);
            throw new TeamsFileException(sourceName, heading);
        }

        return document;
    }

    /// <summary>Writes teams.yaml as UTF-8 without BOM with "\n" line endings.</summary>
    public static void Write(TeamsDocument document, string path) =>
        File.WriteAllText(path, Serialize(document), Utf8NoBom);

    /// <summary>The teams.yaml text for a document (same document, same text).</summary>
    public static string Serialize(TeamsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var shape = new TeamsYamlShape.Document
        {
            Teams = document.Teams.Select(team => (TeamsYamlShape.Team?)new TeamsYamlShape.Team
            {
                Name = team.Name,
                ProductManager = new TeamsYamlShape.Manager
                {
                    Name = team.ProductManager.Name,
                    Email = team.ProductManager.Email,
                    TimeZone = team.ProductManager.TimeZone,
                },
                Members = team.Members
                    .Select(m => (TeamsYamlShape.Member?)new TeamsYamlShape.Member { Name = m.Name, WeeklyHours = m.WeeklyHours })
                    .ToList(),
                Services = team.Services.Select(s => (string?)s).ToList(),
            }).ToList(),
        };

        var serializer = new SerializerBuilder()
            .WithIndentedSequences()
            .WithEventEmitter(next => new StringListsInFlowStyle(next))
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
            .Build();
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        serializer.Serialize(writer, shape);
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string DescribeYamlError(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (Line: ...): "; say it once, plainly.
        var message = YamlLocationPrefix().Replace(ex.Message, string.Empty);
        var cause = ex.InnerException;
        while (cause is YamlException inner)
        {
            message = YamlLocationPrefix().Replace(inner.Message, string.Empty);
            cause = inner.InnerException;
        }

        if (cause is not null)
        {
            message = $"{message} ({cause.Message})";
        }

        return $"line {ex.Start.Line}, column {ex.Start.Column}: {message}";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex YamlLocationPrefix();
}
