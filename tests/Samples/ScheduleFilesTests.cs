using System.Globalization;

using Reporting.Ingest.Company;

namespace Reporting.Samples.Tests;

[Collection(DefaultSampleCollection.Name)]
public sealed class ScheduleFilesTests(DefaultSampleFixture sample)
{
    [Fact]
    public void Rotation_has_exactly_one_engineer_of_the_team_per_team_and_week()
    {
        var teams = TeamsFile.Read(sample.Path(SampleCompanyGenerator.TeamsFileName));
        var rows = CsvTestReader.Read(sample.Path(SampleCompanyGenerator.RotationFileName));

        Assert.Equal("week,team,engineer", string.Join(',', rows[0]));
        var body = rows.Skip(1).ToList();
        Assert.Equal(26 * teams.Teams.Count, body.Count);
        Assert.Equal(body.Count, body.Select(r => (r[0], r[1])).Distinct().Count());
        var weeks = body.Select(r => r[0]).Distinct().ToList();
        Assert.Equal(26, weeks.Count);
        Assert.Equal("2026-W22", weeks[0]);
        Assert.Equal("2026-W47", weeks[^1]);
        foreach (var row in body)
        {
            var team = teams.Teams.Single(t => t.Name == row[1]);
            Assert.Contains(row[2], team.Members.Select(m => m.Name));
        }
    }

    [Fact]
    public void Every_service_is_owned_by_exactly_one_team()
    {
        var teams = TeamsFile.Read(sample.Path(SampleCompanyGenerator.TeamsFileName));
        var services = teams.Teams.SelectMany(t => t.Services).ToList();

        Assert.Equal(8, teams.Teams.Count);
        Assert.InRange(services.Count, 22, 28);
        Assert.Equal(services.Count, services.Distinct(StringComparer.Ordinal).Count());
        Assert.All(teams.Teams, t => Assert.InRange(t.Members.Count, 4, 7));
        Assert.True(teams.Teams.Select(t => t.ProductManager.Email).Distinct().Count() >= 5);
        Assert.All(teams.Teams, t => Assert.Matches("@example\\.(com|org)$", t.ProductManager.Email));
    }

    [Fact]
    public void Releases_use_semantic_versions_of_known_services_in_the_period()
    {
        var services = TeamsFile.Read(sample.Path(SampleCompanyGenerator.TeamsFileName)).Teams.SelectMany(t => t.Services).ToHashSet();
        var rows = CsvTestReader.Read(sample.Path(SampleCompanyGenerator.ReleasesFileName));

        Assert.Equal("service,version,release_date", string.Join(',', rows[0]));
        foreach (var row in rows.Skip(1))
        {
            Assert.Contains(row[0], services);
            Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+$", row[1]);
            var date = DateOnly.ParseExact(row[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.InRange(date, new DateOnly(2026, 5, 25), new DateOnly(2026, 11, 22));
        }

        Assert.All(services, s => Assert.Contains(rows, r => r[0] == s));
    }

    [Fact]
    public void Absences_are_inclusive_ranges_of_known_engineers()
    {
        var engineers = TeamsFile.Read(sample.Path(SampleCompanyGenerator.TeamsFileName)).Teams.SelectMany(t => t.Members).Select(m => m.Name).ToHashSet();
        var rows = CsvTestReader.Read(sample.Path(SampleCompanyGenerator.AbsencesFileName));

        Assert.Equal("engineer,start_date,end_date", string.Join(',', rows[0]));
        Assert.True(rows.Count > 20);
        foreach (var row in rows.Skip(1))
        {
            Assert.Contains(row[0], engineers);
            var start = DateOnly.ParseExact(row[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var end = DateOnly.ParseExact(row[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(start <= end);
        }

        // The summer holiday cluster: more people away in early August than in early June.
        int AwayOn(DateOnly day) => rows.Skip(1).Count(r =>
            DateOnly.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture) <= day && DateOnly.ParseExact(r[2], "yyyy-MM-dd", CultureInfo.InvariantCulture) >= day);
        Assert.True(AwayOn(new DateOnly(2026, 8, 4)) > AwayOn(new DateOnly(2026, 6, 9)) + 3);
    }
}
