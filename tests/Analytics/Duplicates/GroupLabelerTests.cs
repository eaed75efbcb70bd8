using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

public class GroupLabelerTests
{
    private static readonly DateTime Day = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    // All three share "export", "fails", "timeout"; the first adds four words of its own, the last one.
    // Summed shared weight ties at 6 (and the first, earliest, would win); the cosine with the others picks
    // the plainest report: 0.84 against 0.75 and 0.63.
    [Fact]
    public void The_label_is_the_subject_of_the_most_typical_report_not_of_the_wordiest()
    {
        GroupMember[] members =
        [
            new("T-1", Day, "URGENT: Phone: export fails with timeout please help", ["urgent", "phone", "export", "fail", "timeout", "please", "help"]),
            new("T-2", Day.AddDays(1), "  Export fails with timeout ", ["export", "fail", "timeout"]),
            new("T-3", Day.AddDays(2), "Export fails with a timeout again", ["export", "fail", "timeout", "again"]),
        ];

        var (keyTerms, representative, label) = GroupLabeler.Label(members, _ => 1.0);

        Assert.Equal("T-2", representative);
        Assert.Equal("Export fails with timeout", label);
        Assert.Equal(["export", "fails", "timeout"], keyTerms);
    }
}
