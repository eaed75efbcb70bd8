using Reporting.Host.Application.Privacy;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Cli;

/// <summary>
/// What verbs read from configuration: appsettings.json in the working directory, then environment variables
/// (<c>Privacy__Masking=false</c>), as the service does, so a verb masks text exactly as the service would.
/// </summary>
public static class CliConfiguration
{
    public static IConfiguration Load(IEnumerable<string>? commandLine = null) => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine((commandLine ?? []).ToArray())
        .Build();

    public static TextMasker Masker() => PrivacyOptions.FromConfiguration(Load());
}
