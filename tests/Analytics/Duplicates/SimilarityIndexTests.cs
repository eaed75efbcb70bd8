using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

public class SimilarityIndexTests
{
    [Theory]
    [InlineData("nn-2", "nn-1")]
    [InlineData("nn-3", "nn-1")]
    [InlineData("dn-2", "dn-1")]
    [InlineData("sh-2", "sh-1")]
    [InlineData("ui-2", "ui-1")]
    public void RanksThePlantedOriginalFirst(string duplicateId, string originalId)
    {
        using var index = new SimilarityIndex();
        var tickets = TicketFixtures.PlantedFamilies();
        var query = tickets.Single(t => t.Id == duplicateId);
        foreach (var ticket in tickets.Where(t => t.CreatedAt < query.CreatedAt))
        {
            index.Add(ticket);
        }

        var matches = index.Query(query, 5);

        Assert.Equal(originalId, matches[0].Id);
    }

    [Fact]
    public void ReturnsOnlyEarlierTicketsEvenWhenLaterOnesAreIndexed()
    {
        using var index = new SimilarityIndex();
        var tickets = TicketFixtures.PlantedFamilies();
        foreach (var ticket in tickets)
        {
            index.Add(ticket);
        }

        var query = tickets.Single(t => t.Id == "nn-2");
        var matches = index.Query(query, 50);

        Assert.All(matches, m => Assert.True(m.CreatedAt < query.CreatedAt));
        Assert.DoesNotContain(matches, m => m.Id == "nn-3" || m.Id == "nn-2");
        Assert.Equal("nn-1", matches[0].Id);
    }

    [Fact]
    public void ExplainsMatchesWithSignals()
    {
        using var index = new SimilarityIndex();
        var tickets = TicketFixtures.PlantedFamilies();
        foreach (var ticket in tickets.Where(t => t.Id != "nn-2"))
        {
            index.Add(ticket);
        }

        var top = index.Query(tickets.Single(t => t.Id == "nn-2"), 1)[0];

        Assert.Contains(top.Reasons, r => r.StartsWith("summary shares:", StringComparison.Ordinal));
        Assert.Contains("same crash fingerprint", top.Reasons);
        Assert.Contains(top.Reasons, r => r == "same service: namenode");
        Assert.Equal(1.0, top.Feature(PairFeature.SameFingerprint));
        Assert.InRange(top.Probability, 0, 1);
    }

    [Fact]
    public void ScoresAreOrderedAndCapped()
    {
        using var index = new SimilarityIndex();
        foreach (var ticket in TicketFixtures.PlantedFamilies().Take(10))
        {
            index.Add(ticket);
        }

        var probe = TicketFixtures.Ticket("probe", 100, "datanode disk volume failure", "datanode exits", "HDFS", "datanode", "2.7.1");
        var matches = index.Query(probe, 3);

        Assert.Equal(3, matches.Count);
        Assert.True(matches[0].Score >= matches[1].Score && matches[1].Score >= matches[2].Score);
        Assert.Equal("dn-1", matches[0].Id);
    }

    [Fact]
    public void RejectsTheSameTicketTwice()
    {
        using var index = new SimilarityIndex();
        var ticket = TicketFixtures.PlantedFamilies()[0];
        index.Add(ticket);

        Assert.Throws<InvalidOperationException>(() => index.Add(ticket));
    }

    [Fact]
    public void EmptyIndexReturnsNothing()
    {
        using var index = new SimilarityIndex();

        Assert.Empty(index.Query(TicketFixtures.PlantedFamilies()[0], 5));
    }

    [Fact]
    public void UsesEmbeddingsWhenAnEmbedderIsGiven()
    {
        using var index = new SimilarityIndex(embedder: new LetterCountEmbedder());
        var tickets = TicketFixtures.PlantedFamilies();
        foreach (var ticket in tickets.Take(8))
        {
            index.Add(ticket);
        }

        var matches = index.Query(tickets.Single(t => t.Id == "nn-2"), 3);

        Assert.Equal("nn-1", matches[0].Id);
        Assert.True(matches[0].Feature(PairFeature.EmbeddingCosine) > 0);
    }

    /// <summary>A deterministic stand-in for a sentence encoder: letter frequencies.</summary>
    private sealed class LetterCountEmbedder : ITextEmbedder
    {
        public int Dimensions => 26;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
            texts.Select(text =>
            {
                var vector = new float[26];
                foreach (var c in text.ToLowerInvariant().Where(char.IsAsciiLetterLower))
                {
                    vector[c - 'a']++;
                }

                return vector;
            }).ToArray();
    }
}
