namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Names a group: key terms are summary terms shared by many members, weighted by how specific they
/// are overall; the representative is the member whose summary shares most of that weight.
/// Terms are shown in the surface form members actually wrote, not as stems.
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
            .Select((m, order) => (m, order, Score: m.SummaryTerms.Distinct(StringComparer.Ordinal).Sum(t => (memberCount[t] - 1) * specificity(t))))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.order)
            .First().m;

        var surface = SurfaceForms(members);
        var keyTerms = keyStems.Select(stem => surface.GetValueOrDefault(stem, stem)).ToList();
        var label = (keyTerms.Count > 0 ? string.Join(" · ", keyTerms) + " — " : string.Empty)
                    + representative.TicketId + ": " + representative.Subject;
        return (keyTerms, representative.TicketId, label);
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
