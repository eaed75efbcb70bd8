using Dapper;
using Reporting.Ingest.Company;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Ingest.Tests.Company;

public class CompanyLoaderTests
{
    [Fact]
    public async Task Teams_members_and_services_are_loaded_from_teams_yaml()
    {
        await using var w = await TempWarehouse.CreateAsync();

        await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(Fixture.Path("teams.yaml"));

        Assert.Equal(2, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM teams"));
        Assert.Equal(72.0, await w.Connection.ScalarAsync<double>("SELECT sum(weekly_hours) FROM team_members WHERE team = 'Data'"));
        Assert.Equal("Platform", await w.Connection.ScalarAsync<string>("SELECT team FROM services WHERE service = 'identity'"));
        Assert.Equal("Asia/Tokyo", await w.Connection.ScalarAsync<string>("SELECT pm_time_zone FROM teams WHERE team = 'Platform'"));
    }

    [Fact]
    public async Task Rotation_weeks_are_iso_weeks_and_bad_rows_are_rejected_with_their_line()
    {
        await using var w = await TempWarehouse.CreateAsync();

        var summary = await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(Fixture.Path("rotation.csv"), "company");

        Assert.Equal((4L, 3L, 1L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        Assert.Equal(new DateOnly(2026, 6, 1), await w.Connection.ScalarAsync<DateOnly>(
            "SELECT week_start FROM rotation WHERE team = 'Data' AND engineer = 'Jonas Weber'"));
        var reject = await w.Connection.QuerySingleAsync<(long Line, string Field)>("SELECT line, field FROM rejects");
        Assert.Equal((5L, "week"), reject);
    }

    [Fact]
    public async Task Releases_and_absences_reject_unreadable_dates_and_reversed_ranges()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var ingestor = new FileIngestor(w.Connection, TestClock.Create());

        var releases = await ingestor.IngestAsync(Fixture.Path("releases.csv"), "company");
        var absences = await ingestor.IngestAsync(Fixture.Path("absences.csv"), "company");

        Assert.Equal((2L, 1L), (releases.Total.Ingested, releases.Total.Rejected));
        Assert.Equal((1L, 1L), (absences.Total.Ingested, absences.Total.Rejected));
        var reasons = await w.Connection.ListAsync<string>("SELECT input || ':' || line || ':' || field FROM rejects ORDER BY input");
        Assert.Equal(["absences.csv:3:end_date", "releases.csv:4:release_date"], reasons);
    }

    [Fact]
    public async Task Loading_again_replaces_the_configuration_instead_of_adding_to_it()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var ingestor = new FileIngestor(w.Connection, TestClock.Create());

        await ingestor.IngestAsync(Fixture.Path("teams.yaml"));
        await ingestor.IngestAsync(Fixture.Path("teams.yaml"));

        Assert.Equal(3, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM team_members"));
    }

    [Fact]
    public void A_team_without_a_name_is_an_error_naming_the_file()
    {
        var directory = TempDirectory.Create("teams");
        try
        {
            var path = Path.Combine(directory, "teams.yaml");
            File.WriteAllText(path, "teams:\n  - members: []\n");

            var ex = Assert.Throws<TeamsFileException>(() => TeamsFile.Read(path));

            Assert.Contains(path, ex.Message);
            Assert.Contains("name", ex.Message);
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }
}
