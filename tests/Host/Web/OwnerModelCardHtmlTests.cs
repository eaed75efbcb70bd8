using Reporting.Analytics.Owners;
using Reporting.Host.Web;

namespace Reporting.Host.Tests.Web;

/// <summary>The owner model card on the Leads page: the model in use, its figures, and a plain warning when it cannot answer.</summary>
public class OwnerModelCardHtmlTests
{
    private static readonly OwnerModelMetadata Model = new()
    {
        TrainedAtUtc = new DateTime(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc),
        TrainingExampleCount = 12_345,
        Pipeline = OwnerPipelineCatalog.Recommended,
        TargetPrecision = 0.8,
        Comparison = [.. OwnerPipelineCatalog.Selection.Select(p => new PipelineCandidateResult(p.Name, p, new OwnerMetrics(1, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0, 0))],
        Evaluation = new OwnerEvaluationReport("set", new OwnerMetrics(100, 0.46, 0.66, 0.26, 40, 0.12, 0.71, 0.085), 0.08, 300),
    };

    [Fact]
    public void A_model_that_answers_shows_its_choice_and_figures_without_a_warning()
    {
        var html = OwnerModelCardHtml.Render(4, Model);

        Assert.Contains("Owner model v4 trained 30 Nov 2026 02:00 UTC on 12,345 tickets,", html, StringComparison.Ordinal);
        Assert.Contains("pipeline <code>word12-tfidf-sdca-balanced-full</code> (the settings that did best on these tickets) chosen among 3 on the newest of them.", html, StringComparison.Ordinal);
        Assert.Contains("top-1 46 %, top-3 66 %; it answers 12 % of them, 71 % of those correctly (target 80 %); calibration error 0.085.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("owner-model-warning", html, StringComparison.Ordinal);
        Assert.DoesNotContain("falls the later", html, StringComparison.Ordinal);
    }

    [Fact]
    public void On_few_held_out_tickets_the_card_says_what_calibration_error_chance_alone_gives()
    {
        var html = OwnerModelCardHtml.Render(4, Model with
        {
            Evaluation = new OwnerEvaluationReport("set", new OwnerMetrics(99, 0.36, 0.53, 0.32, 26, 0.02, 1, 0.112, 0.0812), 0.15, 300),
        });

        Assert.Contains("calibration error 0.112, where chance alone gives 0.081 on 99 tickets.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blended_model_says_what_its_svm_reads()
    {
        string Card(bool characters) => System.Net.WebUtility.HtmlDecode(OwnerModelCardHtml.Render(4, Model with
        {
            Pipeline = Model.Pipeline with { MarginBlendWeight = 0.5, MarginBlendCharacterGrams = characters },
        }));

        Assert.Contains("Its probabilities are blended 50 % / 50 % with those of a linear SVM that reads all of a ticket's words as one bag (the two err differently).", Card(false), StringComparison.Ordinal);
        Assert.Contains("Its probabilities are blended 50 % / 50 % with those of a linear SVM that reads all of a ticket's words and their pieces of 3 to 5 letters as one bag (the two err differently).", Card(true), StringComparison.Ordinal);
        Assert.DoesNotContain("linear SVM", OwnerModelCardHtml.Render(4, Model), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_decided_by_its_svm_alone_says_so_and_that_it_reads_only_words_and_the_product()
    {
        var html = System.Net.WebUtility.HtmlDecode(OwnerModelCardHtml.Render(4, Model with
        {
            Pipeline = Model.Pipeline with { MarginBlendWeight = 1 },
            Text = Model.Text with { UseFieldsSetInTriage = true, FieldsAsFiled = true },
        }));

        Assert.Contains("Its probabilities are those of a linear SVM that reads all of a ticket's words as one bag: on the newest training tickets it did better alone than blended with the pipeline's other model.", html, StringComparison.Ordinal);
        Assert.Contains("It reads each ticket's words; of its fields only the product, whose usual owners it weighs.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blended 0 %", html, StringComparison.Ordinal);
        Assert.DoesNotContain("priority, type and tags as filed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_that_ages_says_from_when_and_that_retraining_restores_it()
    {
        var html = OwnerModelCardHtml.Render(4, Model with
        {
            TemperatureAgingPerYear = 0.11, NewestTicketAt = new DateTime(2026, 11, 28, 17, 3, 0, DateTimeKind.Utc),
        });

        Assert.Contains("Its confidence in a ticket falls the later the ticket comes after 28 Nov 2026, the newest ticket it learnt from", html, StringComparison.Ordinal);
        Assert.Contains("retraining once newer tickets are in restores it.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_whose_history_shows_new_owners_says_what_share_it_cannot_route()
    {
        var html = OwnerModelCardHtml.Render(4, Model with
        {
            NewOwnerTicketRatePerYear = 0.095, NewestTicketAt = new DateTime(2016, 7, 3, 3, 43, 0, DateTimeKind.Utc),
        });

        Assert.Contains("Going by its training history, about 9 % of the tickets filed a year after 3 Jul 2016 go to an owner it never saw; its confidence in each later ticket is lowered by the share expected that long after.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("owner it never saw", OwnerModelCardHtml.Render(4, Model), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_that_cannot_reach_its_target_says_how_little_it_answers()
    {
        var html = OwnerModelCardHtml.Render(4, Model with
        {
            AnswersAtTarget = false, AbstainThreshold = 0.8, Validation = new OwnerMetrics(1527, 0.56, 0.77, 0.3, 120, 0.05, 0.74, 0.04),
        });

        Assert.Contains("""<p class="warning" id="owner-model-warning">This model is not confident enough to promise 80 % precision on any share of the newest tickets it learnt from: it answers only where its own confidence is at least 80 % (5 % of those tickets, 74 % of them right) and marks every other ticket "needs human triage".""", html, StringComparison.Ordinal);
        var none = OwnerModelCardHtml.Render(4, Model with { AnswersAtTarget = false, AbstainThreshold = 0.8, Validation = new OwnerMetrics(395, 0.22, 0.4, 0.2, 0, 0, 0, 0.09) });
        Assert.Contains("at least 80 % (none of those tickets) and marks every other ticket", none, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_says_which_fields_the_model_reads_and_warns_when_they_are_as_exported()
    {
        string Card(bool useFields, bool asFiled) =>
            OwnerModelCardHtml.Render(4, Model with { Text = TextNormalizationOptions.Default with { UseFieldsSetInTriage = useFields, FieldsAsFiled = asFiled } });

        Assert.Contains("priority, type and tags are left out (no history on record says what they were when a ticket was filed, or they did not help).", Card(false, false), StringComparison.Ordinal);
        Assert.Contains("and its priority, type and tags as filed (later changes by triagers undone).", Card(true, true), StringComparison.Ordinal);
        Assert.Contains("It reads priority, type and tags as exported, including what triagers set after filing: its figures promise more than a new ticket gets.", Card(true, false), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_model_the_card_says_how_one_is_trained()
    {
        Assert.Contains("No owner model yet", OwnerModelCardHtml.Render(null, null), StringComparison.Ordinal);
    }
}
