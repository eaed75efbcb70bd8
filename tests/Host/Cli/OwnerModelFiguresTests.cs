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
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            OwnerModelFigures.WriteSelection(model);
            OwnerModelFigures.WriteConfidenceWarning(model);
        }
        finally
        {
            Console.SetOut(original);
        }

        var printed = output.ToString();
        Assert.Contains("  warning: no share of all 395 training tickets, each scored by a model fitted without it (5 folds: the newest 60 are too few) reached 80 % precision", printed, StringComparison.Ordinal);
        Assert.Contains("  new owners: going by the training history, about 9 % of the tickets filed a year after 2016-07-03 (the newest learnt from) go to an owner this model never saw; each confidence is lowered by that expected share at the ticket's age (none at that date, 18 % from two years on)", printed, StringComparison.Ordinal);
    }
}
