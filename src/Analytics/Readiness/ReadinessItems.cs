namespace Reporting.Analytics.Readiness;

/// <summary>Each readiness item's stable key (API, CLI, fixture), its title and the question to ask the reporter when it is missing.</summary>
public static class ReadinessItems
{
    public static IReadOnlyList<ReadinessItem> All { get; } = Enum.GetValues<ReadinessItem>();

    public static string Key(ReadinessItem item) => item switch
    {
        ReadinessItem.StepsToReproduce => "steps",
        ReadinessItem.ExpectedVersusActual => "expected-actual",
        ReadinessItem.VersionOrBuild => "version",
        ReadinessItem.Environment => "environment",
        ReadinessItem.LogsOrStackTrace => "logs",
        ReadinessItem.CustomerImpact => "impact",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    public static string Title(ReadinessItem item) => item switch
    {
        ReadinessItem.StepsToReproduce => "Steps to reproduce",
        ReadinessItem.ExpectedVersusActual => "Expected vs actual result",
        ReadinessItem.VersionOrBuild => "Version or build",
        ReadinessItem.Environment => "Environment",
        ReadinessItem.LogsOrStackTrace => "Logs, error message or stack trace",
        ReadinessItem.CustomerImpact => "Customer impact",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    /// <summary>Plain words a reporter without engineering background can answer.</summary>
    public static string Question(ReadinessItem item) => item switch
    {
        ReadinessItem.StepsToReproduce => "What did you do just before the problem appeared? Please list the steps, one per line, so we can make it happen ourselves.",
        ReadinessItem.ExpectedVersusActual => "What did you expect to happen, and what happened instead?",
        ReadinessItem.VersionOrBuild => "Which version or build are you using? It is usually shown under Help or About, or in the release you installed.",
        ReadinessItem.Environment => "Where does it happen: which operating system, browser or device, and which setup (for example test or production, how many servers)?",
        ReadinessItem.LogsOrStackTrace => "Can you paste the exact error message, or the lines of the log from when it happened?",
        ReadinessItem.CustomerImpact => "Who is affected and how badly: only you, your team, or all users? Is any work blocked or any data lost?",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    /// <summary>The item with this key; null for an unknown key.</summary>
    public static ReadinessItem? FromKey(string key) => All.Cast<ReadinessItem?>().FirstOrDefault(i => Key(i!.Value) == key);
}
