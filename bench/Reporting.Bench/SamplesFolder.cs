namespace Reporting.Bench;

/// <summary>Finds the committed sample company (data/samples) from the working directory or the program's folder upwards.</summary>
public static class SamplesFolder
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "samples");
                if (File.Exists(Path.Combine(candidate, "teams.yaml")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("data/samples not found: run the benchmark from the repository checkout.");
    }
}
