using Reporting.Warehouse;

namespace Reporting.Ingest.Company;

/// <summary>teams.yaml could not be read; the message names the file, where (when known) and what is wrong.</summary>
public sealed class TeamsFileException : UserInputException
{
    public TeamsFileException(string filePath, string problem, Exception? inner = null)
        : base($"{filePath}: {problem}", inner)
    {
        FilePath = filePath;
        Problem = problem;
    }

    public string FilePath { get; }

    public string Problem { get; }
}
