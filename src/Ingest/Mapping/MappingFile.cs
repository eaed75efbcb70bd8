using System.Globalization;
using Reporting.Ingest.Columns;
using Reporting.Ingest.Presets;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reporting.Ingest.Mapping;

/// <summary>
/// Reads a mapping file (<c>ingest --map mapping.yaml</c>): which column holds which ticket field, how dates are written
/// (formats, culture, time zone), what separates list items, and how status and priority values read. Optionally it
/// starts from a preset and changes only what it names. Every problem is reported with the file, line and key.
/// </summary>
public static class MappingFile
{
    private static readonly string[] TopKeys = ["preset", "delimiter", "columns", "dates", "lists", "values"];
    private static readonly string[] DateKeys = ["format", "formats", "culture", "time_zone"];
    private static readonly TicketField[] ValueFields = [TicketField.Status, TicketField.Priority, TicketField.Type, TicketField.Channel];

    /// <exception cref="MappingFileException">The file is missing, is not YAML, or a key is wrong.</exception>
    public static ColumnMapping Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MappingFileException($"{path}: the mapping file cannot be read: {ex.Message}", ex);
        }

        return Parse(text, Path.GetFileName(path));
    }

    /// <exception cref="MappingFileException">The text is not YAML, or a key is wrong.</exception>
    public static ColumnMapping Parse(string yaml, string name)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new MappingFileException($"{name}:{ex.Start.Line}: not valid YAML: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        var reader = new Reader(name);
        var mapping = reader.Read(stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode);
        return reader.Problems.Count == 0
            ? mapping!
            : throw new MappingFileException(string.Join("; ", reader.Problems));
    }

    private sealed class Reader(string name)
    {
        public List<string> Problems { get; } = [];

        public ColumnMapping? Read(YamlNode? root)
        {
            if (root is not YamlMappingNode top)
            {
                Problems.Add($"{name}: expected a mapping with the keys {string.Join(", ", TopKeys)}");
                return null;
            }

            var entries = Entries(top, "", TopKeys);
            var preset = entries.TryGetValue("preset", out var p) ? Preset(p) : null;
            var columns = entries.TryGetValue("columns", out var c) ? Columns(c) : [];
            var formats = (IReadOnlyList<string>?)null;
            CultureInfo? culture = null;
            TimeZoneInfo? zone = null;
            if (entries.TryGetValue("dates", out var d))
            {
                (formats, culture, zone) = Dates(d);
            }

            var separators = entries.TryGetValue("lists", out var l) ? Lists(l) : null;
            var delimiter = entries.TryGetValue("delimiter", out var del) ? Delimiter(del) : null;
            var values = entries.TryGetValue("values", out var v) ? Values(v) : [];

            var baseMapping = preset?.Mapping;
            // The file's own columns replace a preset's reading of the same column, and must be in the files read.
            var ownColumns = columns.Select(r => r.Column).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var rules = (baseMapping?.Columns.Where(r => !ownColumns.Contains(r.Column)) ?? []).Concat(columns).ToList();
            foreach (var required in (TicketField[])[TicketField.Id, TicketField.CreatedAt])
            {
                // An unknown preset is reported already; the columns it would have given are not missing.
                if (!rules.Any(r => r.Field == required) && (preset is not null || !entries.ContainsKey("preset")))
                {
                    Problems.Add($"{name}: columns: no column is read into {required.Name()}, which every ticket needs " +
                                 $"(add a line such as `  Ticket number: {required.Name()}` under columns)");
                }
            }

            var baseDates = baseMapping?.Dates ?? DateReading.Iso;
            var dates = baseDates with
            {
                Formats = formats ?? baseDates.Formats,
                Culture = culture ?? baseDates.Culture,
                TimeZone = zone ?? baseDates.TimeZone,
            };
            foreach (var format in formats ?? [])
            {
                if (DateReading.FormatProblem(format, dates.Culture) is { } problem)
                {
                    Problems.Add($"{name}: dates.format '{format}': {problem}");
                }
            }

            var mergedValues = (baseMapping?.Values ?? new Dictionary<TicketField, IReadOnlyDictionary<string, string>>())
                .ToDictionary(p => p.Key, p => p.Value);
            foreach (var (field, map) in values)
            {
                var merged = new Dictionary<string, string>(mergedValues.GetValueOrDefault(field) ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
                foreach (var (from, to) in map)
                {
                    merged[from] = to;
                }

                mergedValues[field] = merged;
            }

            return new ColumnMapping
            {
                Name = name,
                Title = preset is null ? $"mapping file {name}" : $"mapping file {name} (on the {preset.Name} preset)",
                Columns = rules,
                Dates = dates,
                ListSeparators = separators ?? baseMapping?.ListSeparators ?? ";",
                Delimiter = delimiter ?? baseMapping?.Delimiter ?? ',',
                Values = mergedValues,
                Constants = baseMapping?.Constants ?? new Dictionary<TicketField, string>(),
                ServiceWithinProduct = baseMapping?.ServiceWithinProduct ?? false,
            };
        }

        private ExportPreset? Preset(YamlNode node)
        {
            if (Scalar(node, "preset") is not { } text)
            {
                return null;
            }

            var preset = ExportPresets.Named(text);
            if (preset is null)
            {
                Problem(node, "preset", $"unknown preset '{text}'; presets are {string.Join(", ", ExportPresets.Names)}");
            }

            return preset;
        }

        private List<ColumnRule> Columns(YamlNode node)
        {
            var rules = new List<ColumnRule>();
            if (node is not YamlMappingNode columns)
            {
                Problem(node, "columns", "expected one line per column: `Column name: field` (or a list of fields)");
                return rules;
            }

            foreach (var (keyNode, valueNode) in columns.Children)
            {
                var column = (keyNode as YamlScalarNode)?.Value?.Trim();
                if (string.IsNullOrEmpty(column))
                {
                    Problem(keyNode, "columns", "a column name is empty");
                    continue;
                }

                var key = $"columns.{column}";
                var names = valueNode switch
                {
                    YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [s.Value],
                    YamlSequenceNode seq when seq.Children.All(i => i is YamlScalarNode { Value.Length: > 0 }) && seq.Children.Count > 0 =>
                        seq.Children.Select(i => ((YamlScalarNode)i).Value!).ToList(),
                    _ => (List<string>?)null,
                };
                if (names is null)
                {
                    Problem(valueNode, key, $"expected a field name or a list of them; fields are {string.Join(", ", TicketFields.AllNames)}");
                    continue;
                }

                foreach (var fieldName in names)
                {
                    if (TicketFields.TryParse(fieldName, out var field))
                    {
                        rules.Add(new ColumnRule(column, field, MustExist: true));
                    }
                    else
                    {
                        Problem(valueNode, key, $"unknown field '{fieldName}'; fields are {string.Join(", ", TicketFields.AllNames)}");
                    }
                }
            }

            return rules;
        }

        private (IReadOnlyList<string>? Formats, CultureInfo? Culture, TimeZoneInfo? Zone) Dates(YamlNode node)
        {
            if (node is not YamlMappingNode dates)
            {
                Problem(node, "dates", $"expected the keys {string.Join(", ", DateKeys)}");
                return (null, null, null);
            }

            var entries = Entries(dates, "dates.", DateKeys);
            IReadOnlyList<string>? formats = null;
            if (entries.TryGetValue("format", out var one) && Scalar(one, "dates.format") is { } format)
            {
                formats = [format];
            }

            if (entries.TryGetValue("formats", out var many))
            {
                if (many is YamlSequenceNode list && list.Children.Count > 0 && list.Children.All(i => i is YamlScalarNode { Value.Length: > 0 }))
                {
                    formats = [.. formats ?? [], .. list.Children.Select(i => ((YamlScalarNode)i).Value!)];
                }
                else
                {
                    Problem(many, "dates.formats", "expected a list of date formats such as [dd.MM.yyyy HH:mm, dd.MM.yyyy]");
                }
            }

            CultureInfo? culture = null;
            if (entries.TryGetValue("culture", out var c) && Scalar(c, "dates.culture") is { } cultureName)
            {
                try
                {
                    culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
                }
                catch (CultureNotFoundException)
                {
                    Problem(c, "dates.culture", $"unknown culture '{cultureName}'; give one such as en-US, en-GB, de-DE or fr-FR");
                }
            }

            TimeZoneInfo? zone = null;
            if (entries.TryGetValue("time_zone", out var z) && Scalar(z, "dates.time_zone") is { } zoneName)
            {
                try
                {
                    zone = zoneName.Equals("UTC", StringComparison.OrdinalIgnoreCase) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(zoneName);
                }
                catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
                {
                    Problem(z, "dates.time_zone", $"unknown time zone '{zoneName}'; give an IANA name such as Europe/Berlin or America/New_York, or UTC");
                }
            }

            return (formats, culture, zone);
        }

        private string? Lists(YamlNode node)
        {
            if (node is not YamlMappingNode lists)
            {
                Problem(node, "lists", "expected the key separator");
                return null;
            }

            var entries = Entries(lists, "lists.", ["separator"]);
            if (!entries.TryGetValue("separator", out var s))
            {
                return null;
            }

            var separators = (s as YamlScalarNode)?.Value;
            if (string.IsNullOrEmpty(separators))
            {
                Problem(s, "lists.separator", "give the character(s) that separate list items, such as \";\" or \", \"");
                return null;
            }

            return separators;
        }

        private char? Delimiter(YamlNode node)
        {
            var text = (node as YamlScalarNode)?.Value;
            if (text is not { Length: 1 } || text[0] is '"' or '\r' or '\n')
            {
                Problem(node, "delimiter", $"'{text}' is not one character such as \",\", \";\" or \"\\t\" (a tab)");
                return null;
            }

            return text[0];
        }

        private Dictionary<TicketField, Dictionary<string, string>> Values(YamlNode node)
        {
            var result = new Dictionary<TicketField, Dictionary<string, string>>();
            if (node is not YamlMappingNode values)
            {
                Problem(node, "values", "expected value maps under status, priority, type or channel");
                return result;
            }

            foreach (var (keyNode, mapNode) in values.Children)
            {
                var fieldName = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!TicketFields.TryParse(fieldName, out var field) || !ValueFields.Contains(field))
                {
                    Problem(keyNode, $"values.{fieldName}", $"value maps are for {string.Join(", ", ValueFields.Select(f => f.Name()))}");
                    continue;
                }

                if (mapNode is not YamlMappingNode map)
                {
                    Problem(mapNode, $"values.{fieldName}", "expected one line per value: `In the file: in the warehouse`");
                    continue;
                }

                var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (fromNode, toNode) in map.Children)
                {
                    var from = (fromNode as YamlScalarNode)?.Value;
                    var to = (toNode as YamlScalarNode)?.Value;
                    if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
                    {
                        Problem(toNode, $"values.{fieldName}.{from}", "expected a value to read it as");
                        continue;
                    }

                    pairs[from.Trim()] = to.Trim().ToLowerInvariant();
                }

                result[field] = pairs;
            }

            return result;
        }

        private Dictionary<string, YamlNode> Entries(YamlMappingNode node, string prefix, string[] known)
        {
            var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in node.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (known.Contains(key))
                {
                    entries[key] = valueNode;
                }
                else
                {
                    Problem(keyNode, prefix + key, $"unknown key; the keys here are {string.Join(", ", known)}");
                }
            }

            return entries;
        }

        private string? Scalar(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            Problem(node, key, "expected a value");
            return null;
        }

        private void Problem(YamlNode node, string key, string problem) =>
            Problems.Add($"{name}:{node.Start.Line}: {key}: {problem}");
    }
}
