namespace Reporting.Testing;

/// <summary>Paths of fixture files copied next to the test assembly.</summary>
public static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The repository root, found from the test assembly's folder (for committed data such as data/samples).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Reporting.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Reporting.sln not found above " + AppContext.BaseDirectory);
    }
}
