using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>Training chooses its pipeline per data set on the newest training tickets, from what a new ticket has.</summary>
public class OwnerPipelineChoiceTests
{
    private static readonly List<OwnerTrainingExample> Examples = SyntheticTickets.Create(600, seed: 5);
    private static readonly OwnerClassifierOptions Deterministic = new() { TrainerThreads = 1, Time = TimeProvider.System };

    [Fact]
    public void Short_tickets_are_offered_the_selection_and_the_short_text_pipelines_then_the_best_blended_with_characters_and_the_best_on_validation_wins()
    {
        var classifier = OwnerClassifier.Train(Examples, Deterministic);

        var comparison = classifier.Metadata.Comparison;
        Assert.Equal(
            ExpectedComparison.WithBlend(OwnerPipelineCatalog.Selection.Concat(OwnerPipelineCatalog.ShortTextSelection).Select(p => p.Name), comparison, shortTexts: true),
            comparison.Select(c => c.Name));
        Assert.True(comparison[^2].Pipeline.MarginBlendCharacterGrams);
        var best = comparison.MaxBy(c => OwnerPipelineSelector.SelectionScore(c.Validation))!;
        Assert.Equal(best.Name, classifier.Metadata.Pipeline.Name);
        Assert.All(comparison, c => Assert.Equal(90, c.Validation.Count)); // the newest 15% of 600, for every candidate
    }

    [Fact]
    public void Long_tickets_are_offered_only_the_selection_then_its_best_blended()
    {
        var classifier = OwnerClassifier.Train(Examples, Deterministic with { ShortTextWords = 1 });

        var comparison = classifier.Metadata.Comparison;
        Assert.Equal(ExpectedComparison.WithBlend(OwnerPipelineCatalog.Selection.Select(p => p.Name), comparison), comparison.Select(c => c.Name));
        Assert.False(comparison[^2].Pipeline.MarginBlendCharacterGrams);
    }

    [Fact]
    public void The_blend_s_svm_alone_is_one_more_candidate_the_same_pipeline_at_weight_1_unless_turned_off()
    {
        var classifier = OwnerClassifier.Train(Examples, Deterministic with { ShortTextWords = 1 });
        var without = OwnerClassifier.Train(Examples, Deterministic with { ShortTextWords = 1, TrySvmAlone = false });

        var (blended, alone) = (classifier.Metadata.Comparison[^2], classifier.Metadata.Comparison[^1]);
        Assert.Equal(blended.Pipeline with { Name = blended.Name + OwnerClassifier.SvmAloneSuffix, MarginBlendWeight = 1 }, alone.Pipeline);
        Assert.Equal(alone.Name, alone.Pipeline.Name);
        Assert.Equal(90, alone.Validation.Count);
        // Judged on its own scores: the SVM's validation figures are not the blend's copied.
        Assert.NotEqual(blended.ValidationUncalibratedEce, alone.ValidationUncalibratedEce);
        Assert.Equal(classifier.Metadata.Comparison.SkipLast(1).Select(c => c.Name), without.Metadata.Comparison.Select(c => c.Name));
    }

    [Fact]
    public void A_model_decided_by_its_svm_alone_explains_with_the_svm_s_words_and_does_not_run_the_maxent()
    {
        var classifier = OwnerClassifier.Train(Examples, Deterministic with { Pipeline = OwnerPipelineCatalog.Default with { Name = "svm", MarginBlendWeight = 1 } });

        var prediction = classifier.Predict(SyntheticTickets.Ticket("vpn latency after the router update", "the vpn drops every hour"));

        Assert.True(classifier.CanExplain);
        Assert.Equal("network", prediction.Top?.Owner);
        Assert.InRange(prediction.Explanation.Count, 1, 5);
        Assert.All(prediction.Explanation, t => Assert.Equal(JointBagSvm.ExplanationSource, t.Source));
        Assert.Contains(prediction.Explanation, t => t.Term.Contains("vpn", StringComparison.Ordinal));
        Assert.Equal(prediction.Explanation.OrderByDescending(t => t.Contribution).Select(t => t.Term), prediction.Explanation.Select(t => t.Term));
    }

    [Fact]
    public void The_blend_is_not_tried_beyond_its_budget_of_words_times_owners()
    {
        // The 510 fitted tickets' words, times 4 owners.
        var preparation = new TicketPreparation(TextNormalizationOptions.Default);
        var words = Examples.OrderBy(e => e.CreatedAt).Take(510).Sum(e => preparation.Prepare(e.ToTicket(false)).AllTokens.Count());
        Assert.Equal(WordsOfTheFittedTickets, words);
        var within = OwnerClassifier.Train(Examples, Deterministic with { ShortTextWords = 1, MarginBlendBudget = WordsOfTheFittedTickets * 4 });
        var beyond = OwnerClassifier.Train(Examples, Deterministic with { ShortTextWords = 1, MarginBlendBudget = WordsOfTheFittedTickets * 4 - 1 });
        var off = OwnerClassifier.Train(Examples, Deterministic with { ShortTextWords = 1, MarginBlendWeight = 0 });

        Assert.Contains(within.Metadata.Comparison, c => c.Name.EndsWith(OwnerClassifier.BlendSuffix, StringComparison.Ordinal));
        Assert.Equal(OwnerPipelineCatalog.Selection.Select(p => p.Name), beyond.Metadata.Comparison.Select(c => c.Name));
        Assert.Equal(OwnerPipelineCatalog.Selection.Select(p => p.Name), off.Metadata.Comparison.Select(c => c.Name));
        Assert.Throws<ArgumentOutOfRangeException>(() => OwnerClassifier.Train(Examples, Deterministic with { MarginBlendWeight = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => OwnerClassifier.Train(Examples, Deterministic with { MarginBlendBudget = -1 }));
    }

    private const int WordsOfTheFittedTickets = 7_406;

    [Fact]
    public void A_model_all_svm_routes_each_owner_s_words_to_that_owner()
    {
        // Weight 1: the probabilities are the SVM's alone, so its owners must line up with the model's.
        var classifier = OwnerClassifier.Train(Examples, Deterministic with { Pipeline = OwnerPipelineCatalog.Default with { Name = "svm", MarginBlendWeight = 1 } });

        Assert.Equal(
            ["billing", "network", "storage", "identity"],
            new[] { "refund invoice payment", "vpn latency router", "disk quota backup", "login password mfa" }
                .Select(words => classifier.Predict(SyntheticTickets.Ticket(words, words)).Top?.Owner));
        Assert.Throws<ArgumentOutOfRangeException>(() => OwnerClassifier.Train(
            Examples, Deterministic with { Pipeline = OwnerPipelineCatalog.Default with { MarginBlendWeight = double.NaN } }));
    }

    [Fact]
    public void A_blended_model_scores_the_same_after_saving_and_loading()
    {
        var blended = OwnerPipelineCatalog.Default with { Name = "blended", MarginBlendWeight = 0.5 };
        var classifier = OwnerClassifier.Train(Examples, Deterministic with { Pipeline = blended });
        using var file = new MemoryStream();
        classifier.Save(file);
        file.Position = 0;

        var loaded = OwnerClassifier.Load(file);

        Assert.Equal(0.5, loaded.Metadata.Pipeline.MarginBlendWeight);
        Assert.Equal(3, loaded.Metadata.FormatVersion); // words only: the build before reads it
        // Words of two owners, so that no model is sure.
        var ticket = SyntheticTickets.Ticket("refund after vpn timeout", "the login failed, then the disk quota");
        Assert.Equal(
            classifier.Predict(ticket, 5).Suggestions.Select(s => (s.Owner, s.Probability)),
            loaded.Predict(ticket, 5).Suggestions.Select(s => (s.Owner, s.Probability)));
        // The SVM moves the probabilities: the same pipeline without it scores differently.
        var alone = OwnerClassifier.Train(Examples, Deterministic with { Pipeline = blended with { MarginBlendWeight = 0 } });
        Assert.NotEqual(
            alone.Predict(ticket, 5).Suggestions.Select(s => s.Probability), classifier.Predict(ticket, 5).Suggestions.Select(s => s.Probability));
    }

    [Fact]
    public void A_model_blended_with_characters_is_saved_as_format_4_and_scores_the_same_after_loading()
    {
        var blended = OwnerPipelineCatalog.Default with { Name = "blended", MarginBlendWeight = 0.5, MarginBlendCharacterGrams = true };
        var classifier = OwnerClassifier.Train(Examples, Deterministic with { Pipeline = blended });
        using var file = new MemoryStream();
        classifier.Save(file);
        file.Position = 0;

        var loaded = OwnerClassifier.Load(file);

        Assert.Equal((4, true), (loaded.Metadata.FormatVersion, loaded.Metadata.Pipeline.MarginBlendCharacterGrams));
        var ticket = SyntheticTickets.Ticket("refunds after vpn timeouts", "the logins failed, then the disk quotas");
        Assert.Equal(
            classifier.Predict(ticket, 5).Suggestions.Select(s => (s.Owner, s.Probability)),
            loaded.Predict(ticket, 5).Suggestions.Select(s => (s.Owner, s.Probability)));
    }

    [Fact]
    public void On_short_tickets_the_character_blend_costs_four_times_its_words_in_the_budget_and_words_alone_come_next()
    {
        var within = OwnerClassifier.Train(Examples, Deterministic with { MarginBlendBudget = WordsOfTheFittedTickets * 4 * 4 });
        var wordsOnly = OwnerClassifier.Train(Examples, Deterministic with { MarginBlendBudget = WordsOfTheFittedTickets * 4 * 4 - 1 });
        var beyond = OwnerClassifier.Train(Examples, Deterministic with { MarginBlendBudget = WordsOfTheFittedTickets * 4 - 1 });

        Assert.EndsWith(OwnerClassifier.CharacterBlendSuffix, within.Metadata.Comparison[^2].Name, StringComparison.Ordinal);
        // Past the characters' cost the words alone are still tried.
        Assert.EndsWith(OwnerClassifier.BlendSuffix, wordsOnly.Metadata.Comparison[^2].Name, StringComparison.Ordinal);
        Assert.DoesNotContain(beyond.Metadata.Comparison, c => c.Pipeline.MarginBlendWeight > 0);
    }

    [Fact]
    public void One_pipeline_means_no_choice()
    {
        var classifier = OwnerClassifier.Train(Examples, Deterministic with { Pipeline = OwnerPipelineCatalog.Default });

        Assert.Equal([OwnerPipelineCatalog.Default.Name], classifier.Metadata.Comparison.Select(c => c.Name));
        Assert.Equal(OwnerPipelineSizing.For(OwnerPipelineCatalog.Default, 510), classifier.Metadata.Pipeline);
    }

    [Fact]
    public void Sharing_one_featurisation_trains_the_same_model_as_training_alone()
    {
        var chosen = OwnerClassifier.Train(Examples, Deterministic with { ShortTextWords = 1, RetrainOnAllExamples = false });
        var alone = OwnerClassifier.Train(Examples, Deterministic with { Pipeline = chosen.Metadata.Pipeline, RetrainOnAllExamples = false });

        Assert.Equal(alone.Metadata.Validation, chosen.Metadata.Validation);
        Assert.Equal(alone.Metadata.Temperature, chosen.Metadata.Temperature);
    }

    [Fact]
    public void One_line_tickets_without_any_fields_train_and_suggest()
    {
        var oneLine = Examples.Select(e => e with { Body = "", Product = null, Channel = null }).ToList();

        var classifier = OwnerClassifier.Train(oneLine, Deterministic);

        Assert.Equal("billing", classifier.Predict(SyntheticTickets.Ticket("refund invoice payment", "")).Top?.Owner);
        Assert.Equal(7, classifier.Metadata.Comparison.Count); // three, two for short texts, the best blended, its SVM alone
    }

    [Fact]
    public void Priority_type_and_tags_are_left_out_unless_asked_for()
    {
        var ticket = new OwnerTicket("T-1", new DateTime(2024, 1, 1), "VPN down", "", "Cloud Storage", "e-mail", "High", "incident", ["vip"]);

        Assert.Equal("product:cloud_storage channel:e-mail", new TicketPreparation(TextNormalizationOptions.Default).Prepare(ticket).Meta);
        Assert.Equal(
            "product:cloud_storage channel:e-mail priority:high type:incident tag:vip",
            new TicketPreparation(TextNormalizationOptions.Default with { UseFieldsSetInTriage = true }).Prepare(ticket).Meta);
    }

    [Fact]
    public void A_model_saved_before_the_switch_keeps_the_fields_it_learnt_from()
    {
        var classifier = OwnerClassifier.Train(Examples, Deterministic with { Pipeline = OwnerPipelineCatalog.Default });
        using var file = new MemoryStream();
        classifier.Save(file);
        using (var archive = new ZipArchive(file, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("metadata.json")!;
            JsonNode metadata;
            using (var reader = entry.Open())
                metadata = JsonNode.Parse(reader)!;
            metadata["FormatVersion"] = 1;
            entry.Delete();
            using var writer = archive.CreateEntry("metadata.json").Open();
            JsonSerializer.Serialize(writer, metadata);
        }
        file.Position = 0;

        var loaded = OwnerClassifier.Load(file);

        Assert.False(classifier.Metadata.Text.UseFieldsSetInTriage);
        Assert.True(loaded.Metadata.Text.UseFieldsSetInTriage);
    }

    [Fact]
    public void A_model_that_cannot_reach_the_target_precision_says_so()
    {
        // Owners drawn at random: no word predicts them, so no share of the newest tickets is 80% right.
        var random = new Random(9);
        var owners = SyntheticTickets.Owners.Keys.ToList();
        var shuffled = Examples.Select(e => e with { Owner = owners[random.Next(owners.Count)] }).ToList();

        var guessing = OwnerClassifier.Train(shuffled, Deterministic with { Pipeline = OwnerPipelineCatalog.Default });
        var learning = OwnerClassifier.Train(Examples, Deterministic with { Pipeline = OwnerPipelineCatalog.Default });

        Assert.False(guessing.Metadata.AnswersAtTarget);
        Assert.Equal(0.8, guessing.AbstainThreshold);
        Assert.True(learning.Metadata.AnswersAtTarget);
    }
}
