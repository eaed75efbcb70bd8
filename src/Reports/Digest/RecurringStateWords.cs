namespace Reporting.Reports.Digest;

/// <summary>
/// A recurring-bug group's stored state (<c>new</c>, <c>growing</c>, <c>steady</c>, <c>fading</c>, <c>regressed</c>)
/// in words a PM reads without a glossary; "regressed" and "fading" are engineers' words.
/// </summary>
public static class RecurringStateWords
{
    /// <summary>What the digest prints for the state, e.g. "Back again" for <c>regressed</c>.</summary>
    public static string Name(string state) => state switch
    {
        "new" => "New",
        "growing" => "Rising",
        "steady" => "Ongoing",
        "fading" => "Easing",
        "regressed" => "Back again",
        _ => state,
    };

    /// <summary>One line saying what the names mean, in the order of the lifecycle.</summary>
    public const string Legend =
        "New: first reported in the last four weeks. Rising: clearly more tickets in the last four weeks than in the four before. "
        + "Ongoing: about as many. Easing: clearly fewer. Back again: tickets again after two months without any, so a fix may not have held.";
}
