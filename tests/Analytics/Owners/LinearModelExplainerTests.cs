using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>The reasons a person reads: whole words, each once, strongest first.</summary>
public class LinearModelExplainerTests
{
    [Fact]
    public void Reasons_keep_each_word_once_and_drop_character_fragments_and_unnamed_slots()
    {
        ExplanationTerm[] strongestFirst =
        [
            new("vpn", "subject", 0.9),
            new("_vp", "subject-chars", 0.8),
            new("VPN", "body", 0.7),
            new("#12", "body", 0.6),
            new("vpn timeout", "body", 0.5),
            new("namenode", "body", 0.45),
            new("node", "subject", 0.42),
            new("dns", "body", 0.4),
            new("product:network", "field", 0.3),
            new("gateway", "body", 0.2),
        ];

        var reasons = LinearModelExplainer.Readable(strongestFirst, 4);

        Assert.Equal(["vpn", "namenode", "dns", "product:network"], reasons.Select(r => r.Term));
        Assert.Equal([0.9, 0.45, 0.4, 0.3], reasons.Select(r => r.Contribution));
    }

    [Fact]
    public void Fewer_reasons_than_asked_when_the_rest_repeat()
    {
        var reasons = LinearModelExplainer.Readable([new("disk", "subject", 1), new("disk", "body", 0.5), new("disk full", "body", 0.4)], 5);

        Assert.Equal(["disk"], reasons.Select(r => r.Term));
    }

    [Fact]
    public void A_part_that_identifier_splitting_took_out_of_a_word_is_not_a_reason()
    {
        const string text = "Invoice address of Müller GmbH, Tel. +49 30 1234";
        ExplanationTerm[] strongestFirst = [new("gmb tel", "body", 0.9), new("invoice", "subject", 0.8), new("tag:billing", "field", 0.5), new("addr", "body", 0.4)];

        var reasons = LinearModelExplainer.Readable(strongestFirst, 5, w => LinearModelExplainer.IsWholeWordOf(text, w));

        Assert.Equal(["invoice", "tag:billing"], reasons.Select(r => r.Term));
        Assert.True(LinearModelExplainer.IsWholeWordOf(text, "gmbh"));
        Assert.False(LinearModelExplainer.IsWholeWordOf(text, "gmb"));
    }
}
