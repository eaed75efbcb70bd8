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

    /// <summary>The data an evaluating verb runs on when not --db: an export ingested into a temporary warehouse.</summary>
    public static Option<string?> Input(string verb) => new("--input")
    {
        Description = $"A file or folder to ingest into a temporary warehouse and {verb} on",
    };

    /// <summary>Owner and priority models: also learn from priority, type and tags, which exports show as triagers left them.</summary>
    public static Option<bool> WithTriageFields() => new("--with-triage-fields")
    {
        Description = "Also use priority, type and tags (off: a suggestion is made when a ticket is filed, before triagers set them)",
    };
}
