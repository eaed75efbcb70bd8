namespace Reporting.Ingest.Columns;

/// <summary>
/// A <see cref="ColumnMapping"/> applied to one file's header: where each field's columns are, which columns are not
/// read, and which the mapping names but the file lacks. Refuses a header whose rows could not be read faithfully.
/// </summary>
public sealed class HeaderBinding
{
    private readonly Dictionary<TicketField, List<ColumnSource>> _sources;

    private HeaderBinding(ColumnMapping mapping, IReadOnlyList<string> header, Dictionary<TicketField, List<ColumnSource>> sources, List<ColumnRule> absent)
    {
        Mapping = mapping;
        Header = header;
        _sources = sources;
        Absent = absent;
    }

    public ColumnMapping Mapping { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>Rules whose column is not in this file (a preset names more columns than any one export has).</summary>
    public IReadOnlyList<ColumnRule> Absent { get; }

    /// <summary>The columns a field is read from, in the mapping's order, with where they are (a column may repeat).</summary>
    public IReadOnlyList<ColumnSource> SourcesOf(TicketField field) => _sources.TryGetValue(field, out var s) ? s : [];

    /// <summary>The fields the column at <paramref name="position"/> is read into (none: it is ignored).</summary>
    public IReadOnlyList<TicketField> FieldsAt(int position) =>
        _sources.Where(p => p.Value.Any(s => s.Positions.Contains(position))).Select(p => p.Key).Order().ToList();

    /// <exception cref="InvalidDataException">The header lacks a required column, or names one twice that cannot be.</exception>
    public static HeaderBinding Bind(ColumnMapping mapping, IReadOnlyList<string> header, string input)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length > 0)
            {
                (positions.TryGetValue(name, out var list) ? list : positions[name] = []).Add(i);
            }
        }

        var repeated = positions.Where(p => p.Value.Count > 1).Select(p => header[p.Value[0]].Trim()).ToList();
        if (mapping.StrictHeader && repeated.Count > 0)
        {
            // A second column of the same name would be silently ignored: its values would be lost.
            throw new InvalidDataException(
                $"{input}:1: header names column(s) {string.Join(", ", repeated)} more than once; rename or remove the extra column(s)");
        }

        var sources = new Dictionary<TicketField, List<ColumnSource>>();
        var absent = new List<ColumnRule>();
        foreach (var rule in mapping.Columns)
        {
            if (!positions.TryGetValue(rule.Column.Trim(), out var at))
            {
                absent.Add(rule);
                continue;
            }

            var list = sources.TryGetValue(rule.Field, out var existing) ? existing : sources[rule.Field] = [];
            if (!list.Any(s => s.Positions[0] == at[0]))
            {
                list.Add(new ColumnSource(header[at[0]].Trim(), at));
            }
        }

        var mustExist = absent.Where(r => r.MustExist).Select(r => $"'{r.Column}'").Distinct().ToList();
        if (mustExist.Count > 0)
        {
            throw new InvalidDataException(
                $"{input}:1: {mapping.Title} reads column(s) {string.Join(", ", mustExist)}, which the header does not have; found {string.Join(", ", header)}");
        }

        var lacking = new[] { TicketField.Id, TicketField.CreatedAt }.Where(f => !sources.ContainsKey(f))
            .Select(f => string.Join(" or ", mapping.Columns.Where(r => r.Field == f).Select(r => r.Column).DefaultIfEmpty(f.Name())))
            .ToList();
        if (lacking.Count > 0)
        {
            throw new InvalidDataException($"{input}:1: header lacks column(s) {string.Join(", ", lacking)}; found {string.Join(", ", header)}");
        }

        foreach (var name in repeated)
        {
            var fields = sources.Where(p => p.Value.Any(s => s.Column.Equals(name, StringComparison.OrdinalIgnoreCase))).Select(p => p.Key).ToList();
            if (fields.Count > 0 && fields.All(f => f.Kind() != FieldKind.List))
            {
                throw new InvalidDataException(
                    $"{input}:1: header names column {name} more than once, and it is read into {string.Join(", ", fields.Select(f => f.Name()))}, " +
                    "which holds one value; rename or remove the extra column(s)");
            }
        }

        return new HeaderBinding(mapping, header, sources, absent);
    }
}
