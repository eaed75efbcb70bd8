using System.Collections.Frozen;

namespace Reporting.Analytics.Text;

/// <summary>
/// What an analysis does with the words <see cref="WordTokenizer"/> cuts: which stop words it drops, how it
/// reduces a word (e.g. stemming for duplicate search) and how many words it keeps. The cutting rules themselves
/// are shared.
/// </summary>
public sealed record WordRules
{
    public static WordRules Plain { get; } = new();

    /// <summary>Lower-cased words dropped before <see cref="Reduce"/>; none when null.</summary>
    public FrozenSet<string>? StopWords { get; init; }

    /// <summary>Applied to each kept lower-cased word; identity when null.</summary>
    public Func<string, string>? Reduce { get; init; }

    /// <summary>Words kept at most; the first part of a ticket says the most.</summary>
    public int MaxWords { get; init; } = int.MaxValue;
}
