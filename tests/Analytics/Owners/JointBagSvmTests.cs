using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>The linear SVM the router may blend in: one bag of words, one hinge-loss SVM per owner.</summary>
public class JointBagSvmTests
{
    private static readonly string[] Texts =
    [
        "invoice refund charged twice", "refund the invoice please", "payment charged on the card",
        "vpn timeout at the office", "dns does not resolve", "vpn drops every hour",
        "disk quota exceeded", "backup snapshot failed", "the disk volume is full",
    ];
    private static readonly int[] Labels = [0, 0, 0, 1, 1, 1, 2, 2, 2];

    [Fact]
    public void Each_owner_is_most_likely_for_its_own_words_and_the_probabilities_sum_to_one()
    {
        var svm = JointBagSvm.Train(Texts, Labels, 3, characterGrams: false, threads: 2, CancellationToken.None);

        var billing = svm.Probabilities("a refund for the invoice");
        var network = svm.Probabilities("vpn timeout again");
        var storage = svm.Probabilities("disk full");

        Assert.Equal((0, 1, 2), (ArgMax(billing), ArgMax(network), ArgMax(storage)));
        Assert.Equal(1.0, billing.Sum(), 9);
        // Words it never saw leave only the intercepts: no owner stands out.
        Assert.True(svm.Probabilities("zebra").Max() < 0.6);
    }

    [Fact]
    public void Its_reasons_for_an_owner_are_the_words_that_pushed_towards_it_strongest_first_without_character_fragments()
    {
        var svm = JointBagSvm.Train(Texts, Labels, 3, characterGrams: true, threads: 2, CancellationToken.None);

        var reasons = svm.Contributions("vpn timeout after the refund", 1).ToList();

        Assert.Equal(["timeout", "vpn", "vpn timeout"], reasons.Select(r => r.Term).Take(3).Order(StringComparer.Ordinal));
        Assert.All(reasons, r => Assert.True(r.Contribution > 0));
        Assert.Equal(reasons.OrderByDescending(r => r.Contribution).Select(r => r.Term), reasons.Select(r => r.Term));
        Assert.DoesNotContain(reasons, r => r.Term.Contains('\u0001') || r.Term == "refund");
        // Words that push away from billing give it no reasons; an owner the SVM does not know has none either.
        Assert.Empty(svm.Contributions("vpn timeout", 0));
        Assert.Empty(svm.Contributions("vpn timeout", 3));
    }

    [Fact]
    public void Training_is_deterministic_and_a_saved_svm_scores_the_same()
    {
        var first = JointBagSvm.Train(Texts, Labels, 3, characterGrams: false, threads: 2, CancellationToken.None);
        var second = JointBagSvm.Train(Texts, Labels, 3, characterGrams: false, threads: 2, CancellationToken.None);
        var loaded = Reloaded(first);

        Assert.Equal(first.Probabilities("refund after a vpn timeout"), second.Probabilities("refund after a vpn timeout"));
        Assert.Equal(first.Probabilities("refund after a vpn timeout"), loaded.Probabilities("refund after a vpn timeout"));
    }

    [Fact]
    public void A_separable_binary_problem_gets_margins_of_at_least_about_one_on_each_side()
    {
        // Two tickets, one word each: the hinge loss is zero once each margin reaches 1.
        int[][] indices = [[0], [1]];
        float[][] values = [[1f], [1f]];

        var (weights, bias) = JointBagSvm.FitBinary(indices, values, [true, false], featureCount: 2, seed: 0);

        Assert.InRange(weights[0] + bias, 0.9, 1.1);
        Assert.InRange(-(weights[1] + bias), 0.9, 1.1);
    }

    [Fact]
    public void Anything_but_a_whole_saved_svm_is_refused_as_invalid_data()
    {
        using var garbage = new MemoryStream([1, 2, 3, 4]);
        using var saved = new MemoryStream();
        JointBagSvm.Train(Texts, Labels, 3, characterGrams: false, threads: 1, CancellationToken.None).Write(saved);
        using var cut = new MemoryStream(saved.ToArray()[..(int)(saved.Length - 3)]);

        Assert.Equal("Not a joint-bag SVM.", Assert.Throws<InvalidDataException>(() => JointBagSvm.Read(garbage, garbage.Length)).Message);
        Assert.Equal(
            "The joint-bag SVM ends early: the model file is cut short.",
            Assert.Throws<InvalidDataException>(() => JointBagSvm.Read(cut, cut.Length)).Message);
        // A header claiming more than the stored bytes could hold is refused before anything is allocated.
        saved.Position = 0;
        Assert.StartsWith("A joint-bag SVM of ", Assert.Throws<InvalidDataException>(() => JointBagSvm.Read(saved, 100)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Character_grams_are_scikit_learns_char_wb_3_to_5_grams_of_each_padded_word()
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);

        JointBagTfIdf.AddCharacterGrams(grams, "VPN ab\nvpn a");

        // " vpn " gives three 3-grams, two 4-grams and itself; " ab " two 3-grams and itself (shorter than 5: once); " a " itself.
        Assert.Equal(
            new Dictionary<string, int>
            {
                [" vp"] = 2, ["vpn"] = 2, ["pn "] = 2, [" vpn"] = 2, ["vpn "] = 2, [" vpn "] = 2,
                [" ab"] = 1, ["ab "] = 1, [" ab "] = 1, [" a "] = 1,
            },
            grams.ToDictionary(p => p.Key[1..], p => p.Value));
        // Each is marked apart from the word n-grams, which cannot start with a control character.
        Assert.All(grams.Keys, key => Assert.Equal('\u0001', key[0]));
    }

    [Fact]
    public void With_character_grams_the_words_and_the_characters_each_weigh_half_of_a_unit_vector()
    {
        var (bag, vectors) = JointBagTfIdf.Fit(Texts, stopWords: null, characterGrams: true);

        var values = vectors[0].GetValues().ToArray();
        var isWord = vectors[0].GetIndices().ToArray().Select(i => !bag.Vocabulary.First(p => p.Value == i).Key.StartsWith('\u0001')).ToArray();
        Assert.Equal(1.0, values.Sum(v => (double)v * v), 5);
        Assert.Equal(0.5, values.Where((_, i) => isWord[i]).Sum(v => (double)v * v), 5);
        // A word never seen whole leaves only the characters' block, which is then the whole unit.
        Assert.Equal(1.0, bag.Vector("invoices").GetValues().ToArray().Sum(v => (double)v * v), 5);
    }

    [Fact]
    public void Without_character_grams_a_vector_is_the_baselines_tf_idf_to_the_last_bit()
    {
        var (bag, _) = JointBagTfIdf.Fit(Texts, stopWords: null, characterGrams: false);

        var vector = bag.Vector("refund the refund invoice");

        // tf = 1 + ln(count), times idf, over the single-precision norm of all of them, in index order.
        var raw = JointBagTfIdf.Grams("refund the refund invoice")
            .Where(p => bag.Vocabulary.ContainsKey(p.Key)) // n-grams never seen ("the refund") have no feature
            .Select(p => (Index: bag.Vocabulary[p.Key], Value: (float)(1 + Math.Log(p.Value)) * bag.Idf[bag.Vocabulary[p.Key]]))
            .OrderBy(e => e.Index)
            .ToList();
        var norm = (float)Math.Sqrt(raw.Sum(e => (double)e.Value * e.Value));
        Assert.Equal(raw.Select(e => e.Index), vector.GetIndices().ToArray());
        Assert.Equal(raw.Select(e => e.Value / norm), vector.GetValues().ToArray());
    }

    [Fact]
    public void Character_grams_route_a_word_never_seen_whole_and_survive_saving()
    {
        var words = JointBagSvm.Train(Texts, Labels, 3, characterGrams: false, threads: 1, CancellationToken.None);
        var characters = JointBagSvm.Train(Texts, Labels, 3, characterGrams: true, threads: 1, CancellationToken.None);
        var loaded = Reloaded(characters);

        // "invoices" and "refunded" are no word of the training texts, but most of their letters are.
        Assert.Equal(0, ArgMax(characters.Probabilities("invoices refunded")));
        Assert.True(characters.Probabilities("invoices refunded")[0] > words.Probabilities("invoices refunded")[0] + 0.2);
        Assert.True(loaded.CharacterGrams);
        Assert.Equal(characters.Probabilities("invoices refunded"), loaded.Probabilities("invoices refunded"));
        // A words-only SVM keeps the first header, so that the build before reads it.
        using var wordsFile = Saved(words);
        Assert.Equal("reporting-joint-bag-svm-1", new BinaryReader(wordsFile).ReadString());
    }

    [Fact]
    public void Labels_outside_the_owner_count_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JointBagSvm.Train(Texts, [.. Labels.Select(l => l + 1)], 3, characterGrams: false, threads: 1, CancellationToken.None));
    }

    private static int ArgMax(double[] values) => Array.IndexOf(values, values.Max());

    private static MemoryStream Saved(JointBagSvm svm)
    {
        var file = new MemoryStream();
        svm.Write(file);
        file.Position = 0;
        return file;
    }

    private static JointBagSvm Reloaded(JointBagSvm svm)
    {
        using var file = Saved(svm);
        return JointBagSvm.Read(file, file.Length);
    }
}
