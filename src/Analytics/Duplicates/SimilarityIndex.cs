using System.Collections.Concurrent;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Finds earlier tickets that likely report the same problem as a given ticket.
/// Kept up to date incrementally: <see cref="Add(PreparedTicket)"/> tickets as they arrive; BM25
/// statistics always reflect the tickets added so far. A query walks the postings of its terms
/// (summary, specific body terms, summary bigrams, crash signals) to pick a candidate pool, then
/// re-ranks the pool with a logistic model that also weighs product/service, versions, time apart,
/// shared exceptions/frames and, when an embedder is configured, sentence-embedding cosine.
/// Thread-safety: queries may run concurrently with each other and with Add (a reader/writer lock).
/// </summary>
public sealed partial class SimilarityIndex : IDisposable
{
    private const int EmbeddingBatchSize = 32;

    private readonly ITextEmbedder? embedder;
    private readonly TermDictionary terms = new();
    private readonly TermDictionary attributes = new();
    private readonly FieldPostings summaryField = new();
    private readonly FieldPostings bodyField = new();
    private readonly FieldPostings bigramField = new();
    private readonly FieldPostings traceField = new();
    private readonly List<IndexedDocument> documents = [];
    private readonly List<int> textDocumentFrequency = [];
    private long[] createdTicks = new long[1024];
    private readonly Dictionary<string, int> documentById = new(StringComparer.Ordinal);
    private readonly EmbeddingStore? embeddings;
    private readonly ConcurrentBag<QueryScratch> scratchPool = [];
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);

    public SimilarityIndex(SimilarityIndexOptions? options = null, ITextEmbedder? embedder = null)
    {
        Options = options ?? new SimilarityIndexOptions();
        this.embedder = embedder;
        if (embedder is not null)
        {
            embeddings = new EmbeddingStore(embedder.Dimensions);
        }
    }

    public SimilarityIndexOptions Options { get; }

    public bool HasEmbeddings => embedder is not null;

    public int Count
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return documents.Count;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    /// <summary>Prepares text and, with an embedder, the embedding. Safe to call concurrently.</summary>
    public PreparedTicket Prepare(DuplicateCandidate ticket, CancellationToken cancellationToken = default)
    {
        var prepared = TicketTextPreparer.Prepare(ticket);
        if (embedder is null)
        {
            return prepared;
        }

        var vector = embedder.Embed([EmbeddingInput(ticket)], cancellationToken)[0];
        return prepared with { Embedding = vector };
    }

    /// <summary>Prepares many tickets: text in parallel, embeddings in batches.</summary>
    public IReadOnlyList<PreparedTicket> PrepareMany(IReadOnlyList<DuplicateCandidate> tickets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var prepared = new PreparedTicket[tickets.Count];
        Parallel.For(0, tickets.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => prepared[i] = TicketTextPreparer.Prepare(tickets[i]));
        if (embedder is null)
        {
            return prepared;
        }

        for (var start = 0; start < tickets.Count; start += EmbeddingBatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(EmbeddingBatchSize, tickets.Count - start);
            var inputs = new string[count];
            for (var i = 0; i < count; i++)
            {
                inputs[i] = EmbeddingInput(tickets[start + i]);
            }

            var vectors = embedder.Embed(inputs, cancellationToken);
            for (var i = 0; i < count; i++)
            {
                prepared[start + i] = prepared[start + i] with { Embedding = vectors[i] };
            }
        }

        return prepared;
    }

    public void Add(DuplicateCandidate ticket, CancellationToken cancellationToken = default) => Add(Prepare(ticket, cancellationToken));

    public void Add(PreparedTicket prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var ticket = prepared.Ticket;
        if (embeddings is not null && prepared.Embedding is null)
        {
            throw new ArgumentException("This index has an embedder; prepare tickets with SimilarityIndex.Prepare.", nameof(prepared));
        }

        gate.EnterWriteLock();
        try
        {
            if (documentById.ContainsKey(ticket.Id))
            {
                throw new InvalidOperationException($"Ticket {ticket.Id} is already in the index.");
            }

            var document = documents.Count;
            var summaryCounts = CountTerms(prepared.SummaryTerms);
            var bodyCounts = CountTerms(prepared.BodyTerms);
            var bigramCounts = CountTerms(prepared.SummaryBigrams);
            var traceCounts = CountTerms(TraceTokens.All(prepared.Trace));
            summaryField.Add(document, summaryCounts);
            bodyField.Add(document, bodyCounts);
            bigramField.Add(document, bigramCounts);
            traceField.Add(document, traceCounts);

            var trace = prepared.Trace;
            documents.Add(new IndexedDocument(
                ticket.Id,
                ticket.CreatedAt.Ticks,
                AttributeId("p:", ticket.Product, add: true),
                AttributeId("s:", ticket.Service, add: true),
                SortedIds.From(ticket.Versions.Select(v => AttributeId("v:", v, add: true))),
                SortedIds.From(prepared.SummaryTerms.Select(terms.GetOrAdd)),
                SortedIds.From(trace.ExceptionTypes.Select(t => terms.GetOrAdd(TraceTokens.ExceptionType(t)))),
                SortedIds.From(trace.TopFrames.Select(f => terms.GetOrAdd(TraceTokens.Frame(f)))),
                SortedIds.From(trace.ErrorSignatures.Select(s => terms.GetOrAdd(TraceTokens.Signature(s)))),
                trace.Fingerprint is null ? -1 : terms.GetOrAdd(TraceTokens.Fingerprint(trace.Fingerprint)),
                embeddings?.Add(prepared.Embedding!) ?? -1,
                TextVector(prepared, add: true, out _),
                [FieldVector.From(summaryCounts), FieldVector.From(bodyCounts), FieldVector.From(bigramCounts), FieldVector.From(traceCounts)]));
            documentById.Add(ticket.Id, document);
            if (document == createdTicks.Length)
            {
                Array.Resize(ref createdTicks, document * 2);
            }

            createdTicks[document] = ticket.CreatedAt.Ticks;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public IReadOnlyList<DuplicateMatch> Query(DuplicateCandidate ticket, int topK, CancellationToken cancellationToken = default) =>
        Query(Prepare(ticket, cancellationToken), topK, explain: true, cancellationToken);

    /// <summary>
    /// Earlier tickets (created strictly before the query) ranked by likelihood of being the same problem.
    /// With <paramref name="explain"/> false, reasons are left empty (cheaper, for bulk evaluation).
    /// </summary>
    public IReadOnlyList<DuplicateMatch> Query(PreparedTicket prepared, int topK, bool explain = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(topK);
        cancellationToken.ThrowIfCancellationRequested();
        if (!scratchPool.TryTake(out var scratch))
        {
            scratch = new QueryScratch();
        }

        gate.EnterReadLock();
        try
        {
            if (documents.Count == 0)
            {
                return [];
            }

            var plan = Plan(prepared);
            return RankCandidates(plan, scratch, topK, explain);
        }
        finally
        {
            gate.ExitReadLock();
            scratchPool.Add(scratch);
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>How specific a summary term is among the tickets seen so far (BM25 idf); 0 for unseen terms' ids.</summary>
    internal double SummaryIdf(string term)
    {
        gate.EnterReadLock();
        try
        {
            var id = terms.Find(term);
            return Idf(summaryField, id);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private string EmbeddingInput(DuplicateCandidate ticket)
    {
        if (Options.EmbeddingText == EmbeddingText.Subject || string.IsNullOrWhiteSpace(ticket.Body))
        {
            return ticket.Subject;
        }

        var prose = Text.JiraMarkup.StripWithoutCode(ticket.Body);
        var start = prose.Length > Options.EmbeddingBodyChars ? prose[..Options.EmbeddingBodyChars] : prose;
        return ticket.Subject + ". " + start;
    }

    private List<KeyValuePair<int, int>> CountTerms(IEnumerable<string> source)
    {
        var counts = new Dictionary<int, int>();
        foreach (var term in source)
        {
            var id = terms.GetOrAdd(term);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        return [.. counts];
    }

    private int AttributeId(string prefix, string? value, bool add)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return -1;
        }

        var key = prefix + value.Trim().ToLowerInvariant();
        return add ? attributes.GetOrAdd(key) : attributes.Find(key);
    }
}
