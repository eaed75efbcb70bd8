using Reporting.Ingest.Company;
using Reporting.Testing;

namespace Reporting.Samples.Tests;

/// <summary>The generated teams.yaml is exactly what Ingest's TeamsFile writes, so the sample reads back unchanged.</summary>
public sealed class GeneratedTeamsFileTests : IDisposable
{
    private readonly string _directory = TempDirectory.Create("teams");

    public void Dispose() => TempDirectory.Delete(_directory);

    [Fact]
    public void Generated_teams_file_round_trips()
    {
        SampleCompanyGenerator.Generate(new SampleOptions(Weeks: 1), _directory);
        var path = Path.Combine(_directory, SampleCompanyGenerator.TeamsFileName);

        var document = TeamsFile.Read(path);

        Assert.Equal(File.ReadAllText(path), TeamsFile.Serialize(document));
        Assert.Contains(document.Teams.SelectMany(t => t.Members), m => m.WeeklyHours < 40);
    }
}
