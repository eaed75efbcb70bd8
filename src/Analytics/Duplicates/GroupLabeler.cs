namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Names a group: key terms are summary terms shared by many members, weighted by how specific they
/// are overall; the representative is the member whose summary shares most of that weight (the most
/// typical report). The label is the representative's subject as written: a PM reads a sentence a
/// customer wrote more easily than a bag of stemmed terms. Key terms keep the surface form members wrote.
/// </summary>
internal static class GroupLabeler
{
    private const int KeyTermCount = 4;

    public static (IReadOnlyList<string> KeyTerms, string RepresentativeId, string Label) Label(
        IReadOnlyList<GroupMember> members,
        Func<string, double> specificity)
    {
        var memberCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var term in member.SummaryTerms.Distinct(StringComparer.Ordinal))
            {
                memberCount[term] = memberCount.GetValueOrDefault(term) + 1;
            }
        }

        var weight = memberCount.ToDictionary(p => p.Key, p => p.Value * specificity(p.Key), StringComparer.Ordinal);
        var keyStems = weight
            .Where(p => memberCount[p.Key] > 1 || members.Count == 1)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(KeyTermCount)
            .Select(p => p.Key)
            .ToList();

        var representative = members
            .Select((m, order) => (m, order, Score: Centrality(m, memberCount, specificity)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.order)
            .First().m;

        var surface = SurfaceForms(members);
        var keyTerms = keyStems.Select(stem => surface.GetValueOrDefault(stem, stem)).ToList();
        return (keyTerms, representative.TicketId, representative.Subject.Trim());
    }

    /// <summary>
    /// Cosine between a member's summary terms and the other members' together, terms weighted by specificity.
    /// A cosine rather than a sum, so "Phone: URGENT: X please help" does not beat "X" for its extra words.
    /// </summary>
    private static double Centrality(GroupMember member, Dictionary<string, int> memberCount, Func<string, double> specificity)
    {
        var own = member.SummaryTerms.Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        double dot = 0, ownNorm = 0, othersNorm = 0;
        foreach (var (term, count) in memberCount)
        {
            var weight = specificity(term);
            var others = (count - (own.Contains(term) ? 1 : 0)) * weight;
            othersNorm += others * others;
            if (own.Contains(term))
            {
                dot += weight * others;
                ownNorm += weight * weight;
            }
        }

        return dot > 0 ? dot / Math.Sqrt(ownNorm * othersNorm) : 0;
    }

    /// <summary>Most frequent written word for each stem, e.g. "namenode" rather than "namenod".</summary>
    private static Dictionary<string, string> SurfaceForms(IReadOnlyList<GroupMember> members)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var word in member.Subject.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                // Only the word's first term (the whole word or compound) may borrow its spelling.
                foreach (var stem in TermTokenizer.Tokenize(word).Take(1))
                {
                    var written = word.Trim('.', '*', '_', '{', '}').ToLowerInvariant();
                    if (!counts.TryGetValue(stem, out var forms))
                    {
                        counts[stem] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    forms[written] = forms.GetValueOrDefault(written) + 1;
                }
            }
        }

        return counts.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
    }

    private static readonly char[] Separators = [' ', '\t', ',', ';', ':', '(', ')', '[', ']', '"', '\'', '/', '-', '!', '?'];
}
