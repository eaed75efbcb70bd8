using Reporting.Analytics.Owners;
using Reporting.Analytics.Priority;
using Reporting.Testing;

namespace Reporting.Analytics.Tests.Priority;

/// <summary>
/// The priority model is the owner pipeline on the priority label: on a small hand-built set whose priorities each
/// have their own words it is right every time, ignores the ticket's own priority field, and its baselines give
/// the figures worked out by hand.
/// </summary>
public class PriorityModelTests
{
    private static readonly DateTime Start = new(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc);

    private static readonly IReadOnlyDictionary<string, string[]> Words = new Dictionary<string, string[]>
    {
        ["Blocker"] = ["crash", "dataloss", "outage", "corrupted"],
        ["Major"] = ["slow", "exception", "fails", "broken"],
        ["Minor"] = ["typo", "cosmetic", "javadoc", "wording"],
    };

    private static readonly string[] Modules = ["namenode", "scheduler", "client", "shell", "balancer"];

    /// <summary>Ticket i has priority i mod 3 and two of its priority's words, a module name and filler.</summary>
    private static List<OwnerTrainingExample> Examples(int from, int count) =>
        Enumerable.Range(from, count).Select(i =>
        {
            var label = Words.Keys.ElementAt(i % 3);
            var words = Words[label];
            return new OwnerTrainingExample($"P-{i}", Start.AddHours(i), $"{words[i % 4]} in {Modules[i % 5]}",
                $"The {Modules[(i + 2) % 5]} shows {words[(i + 1) % 4]} after the upgrade, see attached log.", "HADOOP", null, null, "Bug", [], label);
        }).ToList();

    private static readonly OwnerClassifierOptions Options = PriorityModel.Options with
    {
        TrainerThreads = 1,
        Time = TestClock.Create(),
        VocabularyMinDocumentFrequency = 1,
    };

    [Fact]
    public void On_hand_built_tickets_the_model_is_right_every_time()
    {
        var classifier = OwnerClassifier.Train(Examples(0, 120), Options);

        var metrics = classifier.Evaluate(Examples(120, 30)).Metrics;

        Assert.Equal((30, 1.0, 1.0, 3), (metrics.Count, metrics.Top1, metrics.MacroF1, metrics.LabelCount));
        Assert.Equal(["Blocker", "Major", "Minor"], classifier.Owners);
    }

    [Fact]
    public void The_suggestion_reads_the_text_and_never_the_tickets_own_priority()
    {
        var suggester = new PrioritySuggester(OwnerClassifier.Train(Examples(0, 120), Options), "priority-v0001");

        var advice = suggester.Suggest(new OwnerTicket("X-1", Start.AddDays(30), "crash with dataloss in namenode",
            "outage: the namenode shows corrupted blocks", "HADOOP", null, "Trivial", "Bug", []));

        Assert.Equal(("Blocker", "priority-v0001"), (advice.Best, advice.ModelVersion));
        Assert.Equal(advice.Abstained ? null : "Blocker", advice.Priority);
        Assert.Equal(3, advice.Ranked.Count);
        Assert.DoesNotContain(advice.Explanation, term => term.Contains("trivial", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_priority_label_removes_the_priority_from_what_the_classifier_sees()
    {
        var ticket = new OwnerTicket("X-2", Start, "s", "b", "HADOOP", "web", "Major", "Bug", ["t"]);

        Assert.Equal(ticket with { Priority = null }, TicketLabel.Priority.Features(ticket));
        Assert.Same(ticket, TicketLabel.Owner.Features(ticket));
        Assert.Equal(("priority", "owners"), (TicketLabel.Priority.Name, TicketLabel.Owner.Name));
    }

    [Fact]
    public void The_majority_class_baseline_answers_nothing_below_80_percent_and_scores_as_worked_out_by_hand()
    {
        // Training: 6 Major, 3 Minor, 1 Blocker → Major with confidence 0.6, below the 80% target: it abstains.
        var labels = new[] { "Major", "Minor", "Major", "Blocker", "Major", "Minor", "Major", "Major", "Minor", "Major" };
        var train = labels.Select((l, i) => Example(i, l)).ToList();
        var baseline = MajorityClassBaseline.Train(train);
        var test = new[] { "Major", "Minor", "Major", "Minor", "Major" };

        var metrics = OwnerEvaluation.Evaluate(test.Select(baseline.Case).ToList());

        Assert.Equal(("Major", 0.6, 0.8), (baseline.Label, baseline.Share, baseline.AbstainThreshold));
        // top-1 3/5; macro-F1 over {Major, Minor}: Major 2·3/(5+3) = 0.75, Minor 0 → 0.375; ECE |0.6 − 3/5| = 0.
        Assert.Equal((5, 0.6, 1.0, 0.375, 0.0, 0.0, 0.0),
            (metrics.Count, metrics.Top1, metrics.Top3, metrics.MacroF1, metrics.Coverage, metrics.AccuracyAtCoverage, Math.Round(metrics.ExpectedCalibrationError, 12)));
    }

    [Fact]
    public void The_linear_svm_baseline_uses_scikit_learns_tokens_and_ranks_the_right_priority_first()
    {
        var svm = LinearSvmBaseline.Train(Examples(0, 120));

        var ranked = svm.Rank(Examples(120, 30));

        Assert.Equal(new Dictionary<string, int> { ["disk"] = 2, ["full"] = 1, ["disk full"] = 1, ["full disk"] = 1 },
            JointBagTfIdf.Grams("Disk full, a DISK!"));
        Assert.Equal(Examples(120, 30).Select(e => e.Owner), ranked.Select(r => r[0]));
    }

    private static OwnerTrainingExample Example(int i, string label) =>
        new($"M-{i}", Start.AddHours(i), "s", "b", null, null, null, null, [], label);
}
