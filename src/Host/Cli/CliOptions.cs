using System.CommandLine;

namespace Reporting.Host.Cli;

/// <summary>Options several verbs share, declared once so they read the same everywhere.</summary>
public static class CliOptions
{
    public static Option<string> Database(bool required = true) => new("--db")
    {
        Description = "The DuckDB warehouse file",
        Required = required,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one JSON document instead of text",
    };
}
