using DuckDB.NET.Data;
using Reporting.Ingest.Files;
using Reporting.Ingest.Loading;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;

namespace Reporting.Ingest.Company;

/// <summary>
/// Loads the company's configuration: teams (teams.yaml), the support rotation, releases and absences.
/// Each file replaces its tables as a whole, in one transaction: configuration is a snapshot, not history.
/// Bad CSV rows are rejected with their line like any other input; an unreadable teams.yaml fails the load.
/// </summary>
public sealed class CompanyLoader(DuckDBConnection connection, TimeProvider time)
{
    public async Task<IngestCounts> LoadAsync(string path, InputKind kind, string source, long runId, CancellationToken cancellationToken)
    {
        return kind switch
        {
            InputKind.TeamsYaml => await LoadTeamsAsync(path, cancellationToken),
            InputKind.RotationCalendar => await LoadRotationCalendarAsync(path, source, runId, cancellationToken),
            InputKind.RotationCsv => await LoadCsvAsync(path, source, runId, "rotation", ["week", "team", "engineer"],
                (h, f) => [Week(h, f).Monday, h.Required(f, "team"), h.Required(f, "engineer"), Blank(h.Optional(f, "buddy"))], cancellationToken),
            InputKind.ReleasesCsv => await LoadCsvAsync(path, source, runId, "releases", ["service", "version", "release_date"],
                (h, f) => [h.Required(f, "service"), h.Required(f, "version"), h.RequiredDate(f, "release_date"), null], cancellationToken),
            InputKind.AbsencesCsv => await LoadCsvAsync(path, source, runId, "absences", ["engineer", "start_date", "end_date"],
                (h, f) =>
                {
                    var start = h.RequiredDate(f, "start_date");
                    var end = h.RequiredDate(f, "end_date");
                    return end < start
                        ? throw new RecordFormatException("end_date", $"{end:yyyy-MM-dd} is before start_date {start:yyyy-MM-dd}")
                        : [h.Required(f, "engineer"), start, end];
                }, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a company file"),
        };
    }

    private async Task<IngestCounts> LoadTeamsAsync(string path, CancellationToken cancellationToken)
    {
        var document = TeamsFile.Read(path);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await CompanyConfigurationQueries.ReplaceTeamsAsync(
            connection,
            document.Teams.Select(team => new ConfiguredTeam(
                team.Name, team.ProductManager.Name, team.ProductManager.Email, team.ProductManager.TimeZone,
                team.Members.Select(member => (member.Name, (double)member.WeeklyHours)).ToList(), team.Services)),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var records = document.Teams.Count;
        return new IngestCounts(records, records, 0, 0, 0, 0, 0);
    }

    /// <summary>An on-call calendar replaces the rotation of the teams it covers; other teams' rotation stays.</summary>
    private async Task<IngestCounts> LoadRotationCalendarAsync(string path, string source, long runId, CancellationToken cancellationToken)
    {
        string text;
        using (var reader = InputFile.OpenText(path))
        {
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        var members = await SetupQueries.ConfiguredMembersAsync(connection, cancellationToken);
        var teams = await SetupQueries.ConfiguredTeamsAsync(connection, cancellationToken);
        var read = RotationCalendar.Read(text, Path.GetFileName(path), members.Select(m => (m.Team, m.Engineer)).ToList(),
            teams.Select(t => t.Team).ToList(), time.GetUtcNow().UtcDateTime);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var team in read.Weeks.Select(w => w.Team).Distinct(StringComparer.Ordinal))
        {
            await CompanyConfigurationQueries.DeleteRotationAsync(connection, team, cancellationToken);
        }

        CompanyConfigurationQueries.AppendRotation(connection, read.Weeks.Select(week => new RotationWeek(week.WeekStart, week.Team, week.Engineer)));

        await new TicketBatchWriter(connection, time).WriteRejectsAsync(source, read.Rejects.ToList(), runId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new IngestCounts(read.Events, read.Accepted, read.Rejects.Count, 0, 0, 0, 0);
    }

    private async Task<IngestCounts> LoadCsvAsync(
        string path,
        string source,
        long runId,
        string table,
        string[] required,
        Func<CsvHeader, IReadOnlyList<string>, object?[]> map,
        CancellationToken cancellationToken)
    {
        var input = Path.GetFileName(path);
        var rows = new List<object?[]>();
        var rejects = new List<RejectedRecord>();
        using (var text = InputFile.OpenText(path))
        {
            var (header, records) = await CsvHeader.ReadAsync(text, input, required, cancellationToken);
            await using (records)
            {
                while (await records.MoveNextAsync())
                {
                    var row = records.Current;
                    if (!row.IsValid)
                    {
                        rejects.Add(new RejectedRecord(input, row.Line, null, row.Error!, row.Raw));
                        continue;
                    }

                    try
                    {
                        rows.Add(map(header, row.Fields!));
                    }
                    catch (RecordFormatException ex)
                    {
                        rejects.Add(new RejectedRecord(input, row.Line, ex.Field, ex.Reason, row.Raw));
                    }
                }
            }
        }

        // Later rows for the same key win, as they would in a spreadsheet edited by appending.
        var distinct = rows.GroupBy(r => $"{r[0]}|{r[1]}").Select(g => g.Last()).ToList();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (table == "releases")
        {
            // Releases pulled from a tracker stay; the file replaces its own, and wins where both name a release.
            await CompanyConfigurationQueries.DeleteFileReleasesAsync(connection, cancellationToken);
            var pulled = await CompanyConfigurationQueries.HasReleasesAsync(connection, cancellationToken);
            foreach (var values in pulled ? distinct : [])
            {
                await CompanyConfigurationQueries.DeleteReleaseAsync(connection, (string)values[0]!, (string)values[1]!, cancellationToken);
            }
        }
        else
        {
            await CompanyConfigurationQueries.DeleteAllAsync(connection, table, cancellationToken);
        }

        CompanyConfigurationQueries.AppendRows(connection, table, distinct);

        await new TicketBatchWriter(connection, time).WriteRejectsAsync(source, rejects, runId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new IngestCounts(rows.Count + rejects.Count, rows.Count, rejects.Count, 0, 0, 0, 0);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IsoWeek Week(CsvHeader header, IReadOnlyList<string> fields)
    {
        var text = header.Required(fields, "week");
        if (IsoWeek.TryParse(text, out var week))
        {
            return week;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date)
            ? IsoWeek.Of(date)
            : throw new RecordFormatException("week", $"'{text}' is not an ISO week like 2026-W22 or a date");
    }
}
