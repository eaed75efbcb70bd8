using Reporting.Analytics.Owners;
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

    /// <summary>Owner models: which priority, type and tags to learn from (as filed by default, where history allows).</summary>
    public static Option<TriageFields> Fields()
    {
        var option = new Option<TriageFields>("--fields")
        {
            Description = "Priority, type and tags: auto (as filed where the tickets' history records later changes, else left out), "
                + "none, as-filed (rolled back from the history), as-exported (as triagers left them: measures what they leak)",
            DefaultValueFactory = _ => TriageFields.Auto,
            CustomParser = r => r.Tokens.Single().Value switch
            {
                "auto" => TriageFields.Auto,
                "none" => TriageFields.None,
                "as-filed" => TriageFields.AsFiled,
                "as-exported" => TriageFields.AsExported,
                _ => TriageFields.Auto,
            },
        };
        option.AcceptOnlyFromAmong(FieldNames);
        return option;
    }

    public static readonly string[] FieldNames = ["auto", "none", "as-filed", "as-exported"];
}
