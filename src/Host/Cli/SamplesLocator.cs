namespace Reporting.Host.Cli;

/// <summary>
/// Finds the committed sample company (data/samples): from the working directory, else from the
/// executable's folder upwards, so `dotnet run --project src/Host -- demo` works from anywhere in the checkout.
/// </summary>
public static class SamplesLocator
{
    public const string RelativePath = "data/samples";

    public static string Find(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return Directory.Exists(explicitPath)
                ? explicitPath
                : throw new DirectoryNotFoundException($"No sample folder at {Path.GetFullPath(explicitPath)}");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(Path.Combine(candidate, "tickets.csv")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"Could not find {RelativePath}/tickets.csv from {Directory.GetCurrentDirectory()}. " +
            "Run from the repository checkout, pass --samples DIR, or create one with `reporting samples generate --out DIR`.");
    }
}
