using static Reporting.Analytics.Readiness.ReadinessCue;

namespace Reporting.Analytics.Readiness;

/// <summary>
/// Expected vs actual: the reporter says what should have happened beside what did. Some words say both at once
/// ("expected… but was", "instead of", a test's "expected:&lt;x&gt; but was:&lt;y&gt;"); otherwise it takes an expectation
/// ("should", "expected", "works fine with…", "used to") and, somewhere in the text, what actually happens ("but",
/// "however", "still", "never", "doesn't"): "should" alone is a wish, not a report.
/// </summary>
public sealed class ExpectedVersusActualDetector : CueDetector
{
    private static readonly IReadOnlyList<ReadinessCue> Table =
    [
        new("expected and actual", Rx(@"\b(expected\s+(result|behaviou?r|outcome|output)|actual\s+(result|behaviou?r|outcome|output)|^\W*(expected|actual)\s*(result|behaviou?r)?\s*:|\.\s+actual(ly)?\s*(result|behaviou?r)?\s*:|expected\s*:\s*<|but\s+was\s*:?\s*<)"), InRawText: true),
        new("expected", Rx(@"\b(i|we|you|users?|one)('d|\s+would)?\s+(have\s+)?(expect|expected|expecting)\b|\bas\s+expected\b|\b(than|not)\s+expected\b|\bwith\s+the\s+expectation\b")),
        new("instead", Rx(@"\binstead\s+of\b|\binstead,|\bbut\s+instead\b|\bwhereas\b")),
        new("used to work", Rx(@"\b(used\s+to\s+(work|be|return|show|run)|no\s+longer|stopped\s+working|regression\s+from)\b")),
    ];

    private static readonly ReadinessCue Expectation = new("should", Rx(
        @"\b(should(n't|\s+not)?|ought\s+to|supposed\s+to|meant\s+to|ideally|expected|expects?|correct(ly)?|properly|as\s+intended|reasonable|claims?\s+to|"
        + @"works?\s+(fine|correctly|well|ok)|worked\s+(fine|well|correctly)?|it\s+works|successfully|succeeds?|prior\s+to|before\s+[A-Z]+-\d+|in\s+\d+(\.\d+)+[, ]|instead|rather\s+than)\b"));

    private static readonly ReadinessCue Actual = new("but", Rx(
        @"\b(but|however|whereas|although|even\s+though|actually|currently|in\s+reality|still|never|ignored|broken|summarily|now\s+it|"
        + @"doesn't|does\s+not|didn't|did\s+not|isn't|is\s+not|wasn't|won't|will\s+not|fails?|failed|not\s+working|hung|hangs)\b"));

    public override ReadinessItem Item => ReadinessItem.ExpectedVersusActual;

    public override IReadOnlyList<ReadinessCue> Cues => Table;

    public override ReadinessCheck Check(ReadinessText text)
    {
        var single = base.Check(text);
        if (single.Present)
        {
            return single;
        }

        return Expectation.FirstMatch(text) is { } expected && Actual.FirstMatch(text) is { } actual
            ? new ReadinessCheck(Item, true, "expectation and outcome", Quote(expected.Value + " … " + actual.Value))
            : single;
    }
}
