using Reporting.Testing;
using Microsoft.Extensions.Configuration;
using Reporting.Ingest.Sources;

namespace Reporting.Ingest.Tests.Sources;

public class SourcesConfigurationTests
{
    [Fact]
    public void Sources_are_read_from_appsettings_json_and_the_environment_overrides_the_token()
    {
        var directory = TempDirectory.Create("sources");
        try
        {
            File.WriteAllText(Path.Combine(directory, "appsettings.json"), """
                {
                  "Sources": {
                    "support": {
                      "Kind": "zendesk", "BaseUrl": "https://acme.zendesk.com", "User": "robot@acme.example", "Token": "from-file",
                      "IncludeComments": true,
                      "Fields": { "Groups": { "360001": "payments" }, "ServiceField": "5001", "TeamTagPrefix": "team-" }
                    },
                    "platform": { "Kind": "jira-cloud", "BaseUrl": "https://acme.atlassian.net", "Projects": [ "PLAT", "OPS" ], "Schedule": "0 * * * *" }
                  }
                }
                """);
            Environment.SetEnvironmentVariable("Sources__support__Token", "from-environment");
            try
            {
                var sources = SourcesConfiguration.Load(directory);

                var support = sources.Get("support");
                Assert.Equal(("zendesk", "from-environment", true), (support.Kind, support.Token, support.IncludeComments));
                Assert.Equal("payments", support.Fields.Groups["360001"]);
                Assert.Equal(("5001", "team-"), (support.Fields.ServiceField, support.Fields.TeamTagPrefix));
                Assert.Equal("*/15 * * * *", support.Schedule);
                var platform = sources.Get("PLATFORM");
                Assert.Equal(["PLAT", "OPS"], platform.Projects);
                Assert.Equal(("0 * * * *", TimeSpan.FromMinutes(5), 5), (platform.Schedule, platform.Overlap, platform.Retry.MaxAttempts));
            }
            finally
            {
                Environment.SetEnvironmentVariable("Sources__support__Token", null);
            }
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }

    [Fact]
    public void Every_mistake_is_named_by_its_configuration_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sources:a:Kind"] = "zendsk",
            ["Sources:a:BaseUrl"] = "acme.zendesk.com",
            ["Sources:b:Kind"] = "jira-cloud",
            ["Sources:b:BaseUrl"] = "https://acme.atlassian.net",
            ["Sources:c:Kind"] = "github",
            ["Sources:c:BaseUrl"] = "https://api.github.com",
            ["Sources:c:Repository"] = "widgets",
            ["Sources:c:Retry:MaxAttempts"] = "0",
        }).Build();

        var error = Assert.Throws<InvalidDataException>(() => SourcesConfiguration.From(configuration));

        Assert.Equal(
            "Invalid source configuration: Sources:a:Kind 'zendsk' is not one of zendesk, jira-cloud, jira-server, github; " +
            "Sources:a:BaseUrl 'acme.zendesk.com' is not an http(s) URL; " +
            "Sources:b:Projects is empty (Jira Cloud only answers bounded queries: list the project keys); " +
            "Sources:c:Repository 'widgets' is not owner/repo; Sources:c:Retry:MaxAttempts must be at least 1",
            error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sources:a:Kind"] = "github",
            ["Sources:a:PageSize"] = "lots",
        }).Build();

        var error = Assert.Throws<InvalidDataException>(() => SourcesConfiguration.From(configuration));

        Assert.StartsWith("Sources:a: ", error.Message);
        Assert.Contains("PageSize", error.Message);
    }

    [Fact]
    public void An_unknown_source_is_reported_with_the_configured_names()
    {
        var sources = new SourcesConfiguration(new Dictionary<string, SourceOptions>
        {
            ["support"] = new() { Kind = "zendesk", BaseUrl = "https://acme.zendesk.com" },
        });

        var error = Assert.Throws<InvalidDataException>(() => sources.Get("suport"));

        Assert.Equal("No source 'suport' is configured; configured sources: support.", error.Message);
    }
}
