using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>
/// Fields set in triage leak the answer: here every ticket's owner-naming tag was added by a triager after filing, and
/// the text says nothing about the owner. Learning from the tags as exported looks perfect; as filed, it cannot be.
/// </summary>
public class TriageFieldsTests
{
    private static readonly string[] Owners = ["billing", "network", "storage", "identity"];
    private static readonly string[] Words = ["customer", "reports", "problem", "since", "morning", "issue", "again", "team", "help", "please"];

    private static List<OwnerTrainingExample> Tickets(bool withHistory)
    {
        var random = new Random(5);
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(0, 400).Select(i =>
        {
            var owner = Owners[random.Next(Owners.Length)];
            string Word() => Words[random.Next(Words.Length)];
            return new OwnerTrainingExample(
                $"T-{i}", start.AddHours(i), $"{Word()} {Word()} {Word()}", $"{Word()} {Word()} {Word()} {Word()}", "Portal", "email",
                "normal", "incident", [$"area-{owner}"], owner)
            {
                Filed = withHistory ? new FiledFields("normal", "incident", []) : null,
            };
        }).ToList();
    }

    private static (OwnerClassifier Classifier, OwnerMetrics Test) TrainAndTest(List<OwnerTrainingExample> tickets, TriageFields fields)
    {
        var (train, test) = TimeOrderedSplit.Split(tickets, 0.8);
        var classifier = OwnerClassifier.Train(train, new OwnerClassifierOptions { Fields = fields, TrainerThreads = 1 });
        return (classifier, classifier.Evaluate(test).Metrics);
    }

    [Fact]
    public void Tags_as_exported_look_perfect_and_as_filed_they_do_not_help()
    {
        var tickets = Tickets(withHistory: true);

        var (_, exported) = TrainAndTest(tickets, TriageFields.AsExported);
        var (filedModel, filed) = TrainAndTest(tickets, TriageFields.AsFiled);

        Assert.Equal(1.0, exported.Top1);
        Assert.InRange(filed.Top1, 0.0, 0.45); // four owners, words drawn alike: chance is about a quarter
        Assert.True(filedModel.Metadata.Text is { UseFieldsSetInTriage: true, FieldsAsFiled: true });
    }

    [Fact]
    public void By_default_fields_are_taken_as_filed_when_the_history_records_changes_and_left_out_when_not()
    {
        Assert.Equal(TriageFields.AsFiled, OwnerClassifier.ResolveFields(TriageFields.Auto, Tickets(withHistory: true)));
        Assert.Equal(TriageFields.None, OwnerClassifier.ResolveFields(TriageFields.Auto, Tickets(withHistory: false)));
        Assert.Equal(TriageFields.AsExported, OwnerClassifier.ResolveFields(TriageFields.AsExported, Tickets(withHistory: false)));

        var (classifier, test) = TrainAndTest(Tickets(withHistory: false), TriageFields.Auto);

        Assert.False(classifier.Metadata.Text.UseFieldsSetInTriage);
        Assert.InRange(test.Top1, 0.0, 0.45);
    }

    [Fact]
    public void With_history_each_candidate_is_judged_with_and_without_the_fields_as_filed_and_the_better_one_kept()
    {
        // The owner-naming tag is there at filing now: the fields as filed carry the answer and must win.
        var tickets = Tickets(withHistory: true).Select(t => t with { Filed = new FiledFields("normal", "incident", t.Tags) }).ToList();

        var (classifier, test) = TrainAndTest(tickets, TriageFields.Auto);

        // These tickets are short, so the short-text candidates join the selection.
        var names = OwnerPipelineCatalog.Selection.Concat(OwnerPipelineCatalog.ShortTextSelection).Select(p => p.Name).ToList();
        var comparison = classifier.Metadata.Comparison;
        Assert.Equal(
            ExpectedComparison.WithBlend(names.Select(n => n + OwnerClassifier.FieldsSuffix), comparison, shortTexts: true)
                .Concat(ExpectedComparison.WithBlend(names, comparison, shortTexts: true)),
            comparison.Select(c => c.Name));
        Assert.Contains(OwnerClassifier.FieldsSuffix, classifier.Metadata.Pipeline.Name, StringComparison.Ordinal);
        Assert.True(classifier.Metadata.Text.FieldsAsFiled);
        Assert.Equal(1.0, test.Top1);
    }
}
