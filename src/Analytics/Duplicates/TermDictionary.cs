namespace Reporting.Analytics.Duplicates;

/// <summary>Interns terms as dense ids so postings and per-document term lists stay small and fast.</summary>
internal sealed class TermDictionary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];

    public int Count => terms.Count;

    public int GetOrAdd(string term)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            id = terms.Count;
            ids.Add(term, id);
            terms.Add(term);
        }

        return id;
    }

    public int Find(string term) => ids.TryGetValue(term, out var id) ? id : -1;

    public string Term(int id) => terms[id];
}
