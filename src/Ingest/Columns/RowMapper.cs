using System.Globalization;
using Reporting.Ingest.Files;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Columns;

/// <summary>Turns one CSV row into a ticket as its <see cref="HeaderBinding"/> says; a value it cannot read rejects the row.</summary>
public sealed class RowMapper(HeaderBinding binding)
{
    private ColumnMapping Mapping => binding.Mapping;

    /// <exception cref="RecordFormatException">A value cannot be read; names the column and says why.</exception>
    public TicketRecord Map(IReadOnlyList<string> row, string source)
    {
        var id = First(TicketField.Id, row)?.Value ?? throw Empty(TicketField.Id);
        var created = Timestamp(TicketField.CreatedAt, row) ?? throw Empty(TicketField.CreatedAt);
        var product = Name(TicketField.Product, row);
        var service = Name(TicketField.Service, row);
        var firstResponse = Timestamp(TicketField.FirstResponseAt, row);
        if (firstResponse is null && First(TicketField.FirstResponseMinutes, row) is { } minutes)
        {
            firstResponse = created.AddMinutes(Number(minutes.Column, minutes.Value, "a number of minutes"));
        }

        return new TicketRecord
        {
            Source = source,
            ExternalId = id.Trim(),
            CreatedAt = created,
            UpdatedAt = Timestamp(TicketField.UpdatedAt, row),
            FirstResponseAt = firstResponse,
            ResolvedAt = Timestamp(TicketField.ResolvedAt, row),
            Status = Code(TicketField.Status, row),
            Priority = Code(TicketField.Priority, row),
            Type = Code(TicketField.Type, row),
            Channel = Code(TicketField.Channel, row),
            Customer = Name(TicketField.Customer, row),
            Reporter = Name(TicketField.Reporter, row),
            Subject = First(TicketField.Subject, row)?.Value ?? "",
            Body = First(TicketField.Body, row)?.Value ?? "",
            Product = product,
            Service = Mapping.ServiceWithinProduct && product is not null && service is not null ? $"{product}/{service}" : service,
            Team = Name(TicketField.Team, row),
            Assignee = Name(TicketField.Assignee, row),
            Tags = List(TicketField.Tags, row),
            DuplicateOf = List(TicketField.DuplicateOf, row),
            AffectedVersions = List(TicketField.AffectedVersions, row),
            FixVersions = List(TicketField.FixVersions, row),
            TimeSpentSeconds = First(TicketField.TimeSpentSeconds, row) is { } spent ? Seconds(spent.Column, spent.Value) : null,
        };
    }

    /// <summary>The field's value as it would be stored, for showing; throws as <see cref="Map"/> does.</summary>
    public string? Show(TicketField field, IReadOnlyList<string> row) => field.Kind() switch
    {
        FieldKind.Timestamp => Timestamp(field, row)?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        FieldKind.Code => Code(field, row),
        FieldKind.List => List(field, row) is { Count: > 0 } items ? string.Join(", ", items) : null,
        FieldKind.Duration => First(field, row) is { } d ? string.Create(CultureInfo.InvariantCulture, $"{Seconds(d.Column, d.Value):N0} s") : null,
        FieldKind.Minutes => First(field, row) is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Number(m.Column, m.Value, "a number of minutes"):0.##} min") : null,
        FieldKind.Text => First(field, row)?.Value,
        _ => Name(field, row),
    };

    private (string Column, string Value)? First(TicketField field, IReadOnlyList<string> row)
    {
        foreach (var source in binding.SourcesOf(field))
        {
            foreach (var position in source.Positions)
            {
                if (position < row.Count && !string.IsNullOrWhiteSpace(row[position]))
                {
                    return (source.Column, row[position]);
                }
            }
        }

        return null;
    }

    private RecordFormatException Empty(TicketField field) =>
        new(binding.SourcesOf(field).FirstOrDefault()?.Column ?? field.Name(), "is empty");

    private DateTime? Timestamp(TicketField field, IReadOnlyList<string> row)
    {
        if (First(field, row) is not { } found)
        {
            return null;
        }

        return Mapping.Dates.TryParse(found.Value, found.Column, out var utc, out var problem)
            ? utc
            : throw new RecordFormatException(found.Column, problem!);
    }

    private string? Code(TicketField field, IReadOnlyList<string> row)
    {
        if (First(field, row) is not { } found)
        {
            return Mapping.Constants.GetValueOrDefault(field);
        }

        var trimmed = found.Value.Trim();
        return Mapping.Values.TryGetValue(field, out var map) && map.TryGetValue(trimmed, out var mapped) ? mapped : trimmed.ToLowerInvariant();
    }

    private string? Name(TicketField field, IReadOnlyList<string> row) =>
        First(field, row)?.Value.Trim() ?? Mapping.Constants.GetValueOrDefault(field);

    private List<string> List(TicketField field, IReadOnlyList<string> row)
    {
        var items = new List<string>();
        foreach (var source in binding.SourcesOf(field))
        {
            foreach (var position in source.Positions)
            {
                if (position >= row.Count)
                {
                    continue;
                }

                foreach (var item in row[position].Split(Mapping.ListSeparators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!items.Contains(item, StringComparer.Ordinal))
                    {
                        items.Add(item);
                    }
                }
            }
        }

        return items;
    }

    private static double Number(string column, string value, string expected) =>
        double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && number >= 0
            ? number
            : throw new RecordFormatException(column, $"{column} '{CsvHeader.Shorten(value.Trim())}' is not {expected}");

    /// <summary>Seconds as a number (Jira), or hours and minutes as h:mm or h:mm:ss (Freshdesk, ServiceNow).</summary>
    private static long Seconds(string column, string value)
    {
        var text = value.Trim();
        var parts = text.Split(':');
        if (parts.Length is 2 or 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) && parts[1..].All(p => p.Length == 2 && p[0] < '6'))
        {
            var numbers = parts.Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return (numbers[0] * 3600) + (numbers[1] * 60) + (numbers.Length == 3 ? numbers[2] : 0);
        }

        return (long)Math.Round(Number(column, text, "a duration (seconds, or h:mm)"));
    }
}
