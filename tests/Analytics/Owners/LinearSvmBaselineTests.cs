using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>The baseline's analyser with scikit-learn's <c>stop_words='english'</c>, and its figures on the owner protocol.</summary>
public class LinearSvmBaselineTests
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void English_stop_words_go_before_the_bigrams_are_formed()
    {
        // "the", "is", "full" and "of" are scikit-learn stop words; "disk data" joins the words either side of them.
        Assert.Equal(new Dictionary<string, int> { ["disk"] = 1, ["data"] = 1, ["disk data"] = 1 },
            JointBagTfIdf.Grams("The disk is full of data", EnglishStopWords.ScikitLearn));
        Assert.Equal(317, EnglishStopWords.ScikitLearn.Count);
    }

    [Fact]
    public void On_the_owner_protocol_it_misses_the_ticket_written_in_another_owners_words()
    {
        // 20 training tickets (the oldest 80%), then 5 test tickets: the fourth belongs to login but reads like billing.
        var owners = new[] { "billing", "search", "login" };
        var words = new Dictionary<string, string> { ["billing"] = "invoice refund", ["search"] = "index query", ["login"] = "password token" };
        var tickets = Enumerable.Range(0, 20).Select(i => Ticket(i, owners[i % 3], words[owners[i % 3]])).ToList();
        tickets.AddRange([Ticket(20, "billing", "invoice refund"), Ticket(21, "search", "index query"), Ticket(22, "login", "password token"),
            Ticket(23, "login", "invoice refund"), Ticket(24, "search", "index query")]);

        var report = OwnerBaselineEvaluation.Run(tickets);

        // Predicted billing, search, login, billing, search. F1: billing 2·1/(2+1) = 2/3, search 1, login 2·1/(1+2) = 2/3.
        // Features: each owner's two words and their bigram, 3 × 3.
        Assert.Equal((25, 3, 20, 5, 9), (report.Tickets, report.Owners, report.TrainCount, report.TestCount, report.FeatureCount));
        Assert.Equal((0.8, 1.0, 1.0), (report.Metrics.Top1, report.Metrics.Top3, report.Metrics.Coverage));
        Assert.Equal(7.0 / 9, report.Metrics.MacroF1, 12);
        Assert.True(double.IsNaN(report.Metrics.ExpectedCalibrationError));
    }

    private static OwnerTrainingExample Ticket(int i, string owner, string text) =>
        new($"T-{i}", Start.AddHours(i), text, "", null, null, null, null, [], owner);
}
