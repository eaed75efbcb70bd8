using Reporting.Analytics.Owners;
using Reporting.Host.Cli;

namespace Reporting.Host.Tests.Cli;

/// <summary>What owners train and evaluate say about where a model's confidence was fitted and what it cannot route.</summary>
[Collection(nameof(ConsoleCapture))]
public sealed class OwnerModelFiguresTests
{
    private static readonly OwnerModelMetadata Model = new()
    {
        TrainingExampleCount = 395, ValidationExampleCount = 60, TargetPrecision = 0.8, AbstainThreshold = 0.8,
        NewestTicketAt = new DateTime(2016, 7, 3, 3, 43, 0, DateTimeKind.Utc),
        Validation = new OwnerMetrics(395, 0.22, 0.4, 0.2, 0, 0, 0, 0.09),
    };

    [Fact]
    public void A_small_data_set_says_its_confidence_was_fitted_out_of_fold_on_all_its_tickets()
    {
        Assert.Equal("the newest 60 training tickets", OwnerModelFigures.CalibratedOn(Model));
        Assert.Equal(
            "all 395 training tickets, each scored by a model fitted without it (5 folds: the newest 60 are too few)",
            OwnerModelFigures.CalibratedOn(Model with { CalibrationFolds = 5 }));
    }

    [Fact]
    public void The_warning_and_the_new_owner_line_say_where_and_from_when()
    {
        var model = Model with { CalibrationFolds = 5, AnswersAtTarget = false, NewOwnerTicketRatePerYear = 0.0968 };

        var printed = Printed(() =>
        {
            OwnerModelFigures.WriteSelection(model);
            OwnerModelFigures.WriteConfidenceWarning(model);
        });
        Assert.Contains("  warning: no share of all 395 training tickets, each scored by a model fitted without it (5 folds: the newest 60 are too few) reached 80 % precision", printed, StringComparison.Ordinal);
        // Nothing answered is said as nothing, not as "0 % of those tickets, 0 % of them right".
        Assert.Contains("at least 80 % (none of those tickets) and marks the rest", printed, StringComparison.Ordinal);
        Assert.Contains("  new owners: going by the training history, about 9 % of the tickets filed a year after 2016-07-03 (the newest learnt from) go to an owner this model never saw; each confidence is lowered by that expected share at the ticket's age (none at that date, 18 % from two years on)", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blended_model_says_what_share_of_its_probabilities_the_svm_gives()
    {
        Assert.DoesNotContain("blended", Selection(Model), StringComparison.Ordinal);
        Assert.Contains(
            "  blended: 50 % of each probability from the pipeline, 50 % from a linear SVM on one bag of the ticket's words",
            Selection(Model with { Pipeline = OwnerPipelineCatalog.Default with { Name = "word12-tfidf-sdca+svm", MarginBlendWeight = 0.5 } }),
            StringComparison.Ordinal);
        Assert.Contains(
            "  blended: 30 % of each probability from the pipeline, 70 % from a linear SVM on one bag of the ticket's words and their character 3–5-grams\n",
            Selection(Model with { Pipeline = OwnerPipelineCatalog.Default with { Name = "word12-tfidf-sdca+svm-char", MarginBlendWeight = 0.7, MarginBlendCharacterGrams = true } })
                .ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_decided_by_its_svm_alone_says_so_rather_than_a_blend_of_0_and_100()
    {
        var printed = Selection(Model with { Pipeline = OwnerPipelineCatalog.Default with { Name = "word12-tfidf-sdca+svm-char-alone", MarginBlendWeight = 1, MarginBlendCharacterGrams = true } });

        Assert.Contains(
            "  the SVM alone: each probability from a linear SVM on one bag of the ticket's words and their character 3–5-grams (the pipeline's maxent is fitted, not heard; fields other than the product are not read)",
            printed, StringComparison.Ordinal);
        Assert.DoesNotContain("blended", printed, StringComparison.Ordinal);
        Assert.Contains("; fields words only (subject and body as one bag; the product through its usual owners)", printed, StringComparison.Ordinal);
    }

    private static string Selection(OwnerModelMetadata model) => Printed(() => OwnerModelFigures.WriteSelection(model));

    private static string Printed(Action write)
    {
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            write();
        }
        finally
        {
            Console.SetOut(original);
        }
        return output.ToString();
    }

    [Fact]
    public void The_answered_line_gives_share_and_precision_or_says_none()
    {
        Assert.Equal(
            "  answers 12 % of those tickets (confidence above the abstain threshold), 74 % of them right; expected calibration error 0.044",
            OwnerModelFigures.Answers(new OwnerMetrics(2546, 0.46, 0.65, 0.25, 300, 0.12, 0.74, 0.044)));
        // The precision the threshold was set for stands beside the realised one.
        Assert.Equal(
            "  answers 12 % of those tickets (confidence above the abstain threshold), 74 % of them right (target 80 %); expected calibration error 0.044",
            OwnerModelFigures.Answers(new OwnerMetrics(2546, 0.46, 0.65, 0.25, 300, 0.12, 0.74, 0.044), targetPrecision: 0.8));
        Assert.Equal(
            "  answers none of those tickets (no confidence reached the abstain threshold); expected calibration error 0.086",
            OwnerModelFigures.Answers(new OwnerMetrics(99, 0.31, 0.46, 0.26, 0, 0, 0, 0.086)));
    }

    [Fact]
    public void On_few_tickets_the_answered_line_says_what_calibration_error_chance_alone_gives()
    {
        Assert.Equal(
            "  answers none of those tickets (no confidence reached the abstain threshold); expected calibration error 0.112 (chance alone gives 0.081 on 99 tickets)",
            OwnerModelFigures.Answers(new OwnerMetrics(99, 0.36, 0.53, 0.32, 26, 0, 0, 0.112, 0.0812)));
        Assert.EndsWith("error 0.044", OwnerModelFigures.Answers(new OwnerMetrics(2546, 0.46, 0.65, 0.25, 300, 0.12, 0.74, 0.044, 0.0093)), StringComparison.Ordinal);
    }
}
