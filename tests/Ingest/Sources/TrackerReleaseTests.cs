using Dapper;
using Reporting.Ingest.Sources;
using Reporting.Testing;
using Reporting.Testing.FakeApis;

namespace Reporting.Ingest.Tests.Sources;

/// <summary>
/// A Jira or GitHub pull also reads the tracker's releases, as documented: Jira's <c>/rest/api/{2|3}/project/{key}/versions</c>
/// (name, releaseDate, released) and GitHub's <c>/repos/{owner}/{repo}/releases</c> (tag_name, published_at). A release ships
/// the services of its project's tickets fixed in it, else all of the project's services.
/// </summary>
public class TrackerReleaseTests
{
    private static readonly string[] Projects = ["HADOOP", "HDFS", "YARN"];

    private static SourceOptions JiraOptions(FakeJira jira) => new()
    {
        Kind = jira.Mode == JiraMode.Cloud ? SourceKinds.JiraCloud : SourceKinds.JiraServer,
        BaseUrl = jira.BaseUrl.ToString(),
        Token = "jira-token-abcdef",
        Projects = [.. Projects],
    };

    /// <summary>The real Apache issues, and versions: HADOOP-10042 (HADOOP/conf) is fixed in 1.2.1; nothing is fixed in 2.7.0.</summary>
    private static async Task<FakeJira> JiraAsync(JiraMode mode)
    {
        var jira = await FakeJira.StartAsync(mode);
        foreach (var issue in JiraFixtures.Issues())
        {
            jira.Put(issue);
        }

        jira.PutVersion("HADOOP", "1.2.1", "2013-10-15", released: true);
        jira.PutVersion("HADOOP", "2.7.0", "2015-04-20", released: true);
        jira.PutVersion("HADOOP", "3.0.0", releaseDate: null, released: false);
        jira.PutVersion("HDFS", "2.8.0", "2017-03-22", released: false);
        jira.PutVersion("YARN", "2.2.0", "2013-10-15", released: true);
        return jira;
    }

    private static async Task<List<(string Service, string Version, DateOnly ReleasedOn, string? Source)>> ReleasesAsync(PullScenario pull) =>
        (await pull.Warehouse.Connection.QueryAsync<(string, string, DateOnly, string?)>(
            "SELECT service, version, released_on, source FROM releases ORDER BY released_on, service, version")).ToList();

    [Theory]
    [InlineData(JiraMode.Server, "2")]
    [InlineData(JiraMode.Cloud, "3")]
    public async Task Jira_versions_with_a_date_become_releases_of_the_services_they_fixed_or_else_of_all_the_projects_services(JiraMode mode, string api)
    {
        await using var jira = await JiraAsync(mode);
        await using var pull = await PullScenario.CreateAsync(JiraOptions(jira));

        var summary = await pull.PullAsync();

        Assert.Equal(6, summary.Releases);
        Assert.Equal(
            [
                ("HADOOP/conf", "1.2.1", new DateOnly(2013, 10, 15), "acme"),
                ("YARN/client", "2.2.0", new DateOnly(2013, 10, 15), "acme"),
                ("HADOOP/conf", "2.7.0", new DateOnly(2015, 4, 20), "acme"),
                ("HADOOP/security", "2.7.0", new DateOnly(2015, 4, 20), "acme"),
                ("HDFS/encryption", "2.8.0", new DateOnly(2017, 3, 22), "acme"),
                ("HDFS/webhdfs", "2.8.0", new DateOnly(2017, 3, 22), "acme"),
            ],
            await ReleasesAsync(pull));
        Assert.Equal(Projects.Select(p => $"/rest/api/{api}/project/{p}/versions"), jira.Host.Requests.TakeLast(3));
    }

    [Fact]
    public async Task A_pull_replaces_only_its_own_releases_and_releases_csv_only_its_own_the_file_winning_where_both_name_one()
    {
        await using var jira = await JiraAsync(JiraMode.Server);
        await using var pull = await PullScenario.CreateAsync(JiraOptions(jira));
        await pull.PullAsync();
        var csv = Path.Combine(pull.Warehouse.Directory, "releases.csv");
        await File.WriteAllTextAsync(csv, "service,version,release_date\nbilling,1.0,2026-01-05\nHADOOP/conf,1.2.1,2013-10-20\n");

        await new FileIngestor(pull.Warehouse.Connection, TestClock.Create()).IngestAsync(csv);
        jira.PutVersion("YARN", "2.3.0", "2014-02-24", released: true);
        var second = await pull.PullAsync();

        Assert.Equal(6, second.Releases); // 1.2.1 of HADOOP/conf is the file's, 2.3.0 of YARN/client is new
        var releases = await ReleasesAsync(pull);
        Assert.Contains(("billing", "1.0", new DateOnly(2026, 1, 5), null), releases);
        Assert.Contains(("HADOOP/conf", "1.2.1", new DateOnly(2013, 10, 20), null), releases);
        Assert.Contains(("YARN/client", "2.3.0", new DateOnly(2014, 2, 24), "acme"), releases);
        Assert.Equal(8, releases.Count);
    }

    [Fact]
    public async Task With_releases_switched_off_no_versions_are_read()
    {
        await using var jira = await JiraAsync(JiraMode.Server);
        await using var pull = await PullScenario.CreateAsync(JiraOptions(jira) with { Releases = false });

        var summary = await pull.PullAsync();

        Assert.Null(summary.Releases);
        Assert.DoesNotContain(jira.Host.Requests, r => r.Contains("/versions", StringComparison.Ordinal));
        Assert.Empty(await ReleasesAsync(pull));
    }

    [Fact]
    public async Task GitHub_releases_are_their_tags_on_the_day_they_were_published_for_the_services_of_the_repositorys_issues()
    {
        const string repository = "acme/widgets";
        await using var github = await FakeGitHub.StartAsync(repository);
        var created = new DateTime(2026, 2, 1, 8, 0, 0, DateTimeKind.Utc);
        github.Put(GitHubData.Issue(repository, 1, created, created.AddHours(1), "Export times out", labels: ["area-export"]));
        github.Put(GitHubData.Issue(repository, 2, created, created.AddHours(2), "Login loops", labels: ["area-auth"]));
        github.AddRelease(GitHubData.Release(repository, 501, "v1.0.0", created, new DateTime(2026, 2, 3, 15, 0, 0, DateTimeKind.Utc)));
        github.AddRelease(GitHubData.Release(repository, 502, "v1.1.0", created, new DateTime(2026, 2, 9, 23, 30, 0, DateTimeKind.Utc)));
        github.AddRelease(GitHubData.Release(repository, 503, "v1.2.0", created, published: null)); // a draft
        await using var pull = await PullScenario.CreateAsync(new SourceOptions
        {
            Kind = SourceKinds.GitHub,
            BaseUrl = github.BaseUrl.ToString(),
            Token = "ghp_0123456789abcdef",
            Repository = repository,
            Fields = new FieldMappingOptions { ServiceTagPrefix = "area-" },
        });

        var summary = await pull.PullAsync();

        Assert.Equal(4, summary.Releases);
        Assert.Equal(
            [
                ("auth", "v1.0.0", new DateOnly(2026, 2, 3), "acme"),
                ("export", "v1.0.0", new DateOnly(2026, 2, 3), "acme"),
                ("auth", "v1.1.0", new DateOnly(2026, 2, 9), "acme"),
                ("export", "v1.1.0", new DateOnly(2026, 2, 9), "acme"),
            ],
            await ReleasesAsync(pull));
        Assert.Equal("/repos/acme/widgets/releases?per_page=100", github.Host.Requests[^1]);
    }
}
