namespace Reporting.Analytics.Duplicates;

/// <summary>Query side of <see cref="SimilarityIndex"/>: resolving the query, walking postings, choosing the pool, computing pair features.</summary>
public sealed partial class SimilarityIndex
{
    private QueryPlan Plan(PreparedTicket prepared)
    {
        var ticket = prepared.Ticket;
        var trace = prepared.Trace;
        var summary = KnownDistinct(prepared.SummaryTerms, out var unknownSummary);
        var body = MostSpecificBodyTerms(prepared.BodyTerms, out var unknownBody);
        var bigrams = KnownDistinct(prepared.SummaryBigrams, out var unknownBigrams);
        var traceTerms = KnownDistinct(TraceTokens.All(trace), out var unknownTrace);
        return new QueryPlan(
            ticket.CreatedAt.Ticks,
            ticket.Id,
            summary,
            body,
            bigrams,
            traceTerms,
            AttributeId("p:", ticket.Product, add: false),
            AttributeId("s:", ticket.Service, add: false),
            SortedIds.From(ticket.Versions.Select(v => AttributeId("v:", v, add: false))),
            SortedIds.From(prepared.SummaryTerms.Select(terms.Find)),
            SortedIds.From(trace.ExceptionTypes.Select(t => terms.Find(TraceTokens.ExceptionType(t)))),
            SortedIds.From(trace.TopFrames.Select(f => terms.Find(TraceTokens.Frame(f)))),
            SortedIds.From(trace.ErrorSignatures.Select(s => terms.Find(TraceTokens.Signature(s)))),
            trace.Fingerprint is null ? -1 : terms.Find(TraceTokens.Fingerprint(trace.Fingerprint)),
            UnitCopy(prepared.Embedding),
            TextVector(prepared, add: false, out var unknown),
            unknown,
            [unknownSummary, unknownSummary, unknownBody, unknownBody, unknownBigrams, unknownTrace]);
    }

    /// <summary>Summary plus body as one tf vector; when adding, also counts document frequency for the cosine idf.</summary>
    private TermVector TextVector(PreparedTicket prepared, bool add, out int unknownTerms)
    {
        var counts = new Dictionary<int, int>();
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in prepared.SummaryTerms.Concat(prepared.BodyTerms))
        {
            var id = add ? terms.GetOrAdd(term) : terms.Find(term);
            if (id < 0)
            {
                unknown.Add(term);
                continue;
            }

            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        if (add)
        {
            foreach (var id in counts.Keys)
            {
                while (textDocumentFrequency.Count <= id)
                {
                    textDocumentFrequency.Add(0);
                }

                textDocumentFrequency[id]++;
            }
        }

        unknownTerms = unknown.Count;
        return TermVector.From(counts);
    }

    /// <summary>Smoothed idf as scikit-learn computes it; unseen terms get the largest value.</summary>
    private double TextIdf(int termId)
    {
        var documentFrequency = termId < textDocumentFrequency.Count ? textDocumentFrequency[termId] : 0;
        return Math.Log((1.0 + documents.Count) / (1.0 + documentFrequency)) + 1;
    }

    private static float[]? UnitCopy(float[]? vector)
    {
        if (vector is null)
        {
            return null;
        }

        var copy = (float[])vector.Clone();
        EmbeddingStore.Normalise(copy);
        return copy;
    }

    private int[] KnownDistinct(IEnumerable<string> source, out int unknownCount)
    {
        var ids = new HashSet<int>();
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in source)
        {
            var id = terms.Find(term);
            if (id >= 0)
            {
                ids.Add(id);
            }
            else
            {
                unknown.Add(term);
            }
        }

        unknownCount = unknown.Count;
        return [.. ids];
    }

    /// <summary>
    /// Body terms ranked by tf-idf; only the top ones query the postings. Unseen terms rank as most
    /// specific: they fill places in the selection (and the ceiling) without touching postings.
    /// </summary>
    private int[] MostSpecificBodyTerms(IReadOnlyList<string> bodyTerms, out int unknownSelected)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in bodyTerms)
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        var selected = counts
            .Select(pair => (Id: terms.Find(pair.Key), pair.Key, Count: pair.Value))
            .Select(t => (t.Id, t.Key, Weight: (1 + Math.Log(t.Count)) * (t.Id >= 0 && bodyField.DocumentFrequency(t.Id) > 0 ? Idf(bodyField, t.Id) : UnseenIdf())))
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(Options.MaxBodyQueryTerms)
            .ToList();
        unknownSelected = selected.Count(t => t.Id < 0 || bodyField.DocumentFrequency(t.Id) == 0);
        return selected.Where(t => t.Id >= 0 && bodyField.DocumentFrequency(t.Id) > 0).Select(t => t.Id).ToArray();
    }

    /// <summary>BM25 idf of a term no document has yet: the most specific evidence possible.</summary>
    private double UnseenIdf() => Math.Log(1 + ((documents.Count + 0.5) / 0.5));

    private double Idf(FieldPostings field, int termId)
    {
        var documentFrequency = field.DocumentFrequency(termId);
        return Math.Log(1 + ((documents.Count - documentFrequency + 0.5) / (documentFrequency + 0.5)));
    }

    private static readonly int[] ChannelFieldSlot = [0, 1, 0, 1, 2, 3];

    private FieldPostings ChannelField(int channel) => ChannelFieldSlot[channel] switch
    {
        0 => summaryField,
        1 => bodyField,
        2 => bigramField,
        _ => traceField,
    };

    /// <summary>
    /// Adds one channel's BM25 contributions, most specific terms first, until the postings budget is
    /// spent; the remaining terms are deferred. Returns the query's best possible score for normalising.
    /// </summary>
    private double Accumulate(QueryScratch scratch, int channel, int[] queryTerms, int unknownTerms, List<DeferredTerm> deferred)
    {
        var field = ChannelField(channel);
        var ceiling = unknownTerms * UnseenIdf() * (Options.K1 + 1);
        var budget = Options.MaxPostingsPerChannel;
        var ordered = budget == int.MaxValue ? queryTerms : [.. queryTerms.OrderBy(field.DocumentFrequency)];
        foreach (var termId in ordered)
        {
            var postings = field.Postings(termId);
            if (postings is null || postings.Count == 0)
            {
                continue;
            }

            var idf = Idf(field, termId);
            ceiling += idf * (Options.K1 + 1);
            if (postings.Count > budget)
            {
                deferred.Add(new DeferredTerm(channel, termId, idf));
                budget = 0;
                continue;
            }

            budget -= postings.Count;
            var docs = postings.Documents;
            var counts = postings.Counts;
            for (var i = 0; i < docs.Length; i++)
            {
                scratch.Add(channel, docs[i], (float)Bm25(field, docs[i], counts[i], idf));
            }
        }

        return ceiling;
    }

    private double Bm25(FieldPostings field, int document, float tf, double idf)
    {
        var k1 = Options.K1;
        var norm = k1 * (1 - Options.B + (Options.B * field.Length(document) / field.AverageLength));
        return idf * tf * (k1 + 1) / (tf + norm);
    }

    /// <summary>Scores deferred (common) terms for the chosen candidates only, so their features are exact.</summary>
    private void CompleteDeferred(QueryScratch scratch, List<int> pool, List<DeferredTerm> deferred)
    {
        foreach (var (channel, termId, idf) in deferred)
        {
            var field = ChannelField(channel);
            var slot = ChannelFieldSlot[channel];
            foreach (var document in pool)
            {
                var tf = documents[document].Fields[slot].CountOf(termId);
                if (tf > 0)
                {
                    scratch.Add(channel, document, (float)Bm25(field, document, tf, idf));
                }
            }
        }
    }

    private List<DuplicateMatch> RankCandidates(QueryPlan plan, QueryScratch scratch, int topK, bool explain)
    {
        scratch.Begin(documents.Count);
        var deferred = new List<DeferredTerm>();
        Span<double> ceilings =
        [
            Accumulate(scratch, 0, plan.SummaryTerms, plan.UnknownTermsPerChannel[0], deferred),
            Accumulate(scratch, 1, plan.SummaryTerms, plan.UnknownTermsPerChannel[1], deferred),
            Accumulate(scratch, 2, plan.BodyTerms, plan.UnknownTermsPerChannel[2], deferred),
            Accumulate(scratch, 3, plan.BodyTerms, plan.UnknownTermsPerChannel[3], deferred),
            Accumulate(scratch, 4, plan.Bigrams, plan.UnknownTermsPerChannel[4], deferred),
            Accumulate(scratch, 5, plan.TraceTerms, plan.UnknownTermsPerChannel[5], deferred),
        ];

        var pool = CandidatePool(plan, scratch, ceilings);
        if (pool.Count == 0)
        {
            return [];
        }

        CompleteDeferred(scratch, pool, deferred);
        var features = new double[pool.Count][];
        var bestFirstStage = 0.0;
        var bestCosine = 0.0;
        var unseenIdf = Math.Log(1.0 + documents.Count) + 1;
        var queryNorm = plan.Text.Norm(TextIdf, plan.UnknownTextTerms * unseenIdf * unseenIdf);
        for (var i = 0; i < pool.Count; i++)
        {
            features[i] = PairFeatures(plan, pool[i], scratch, ceilings);
            features[i][(int)PairFeature.TextCosine] = plan.Text.Cosine(documents[pool[i]].Text, TextIdf, queryNorm);
            bestFirstStage = Math.Max(bestFirstStage, Options.CandidateModel.Score(features[i]));
            bestCosine = Math.Max(bestCosine, features[i][(int)PairFeature.TextCosine]);
        }

        var scored = new (int Document, double Score, double[] Features)[pool.Count];
        for (var i = 0; i < pool.Count; i++)
        {
            var first = Options.CandidateModel.Score(features[i]);
            features[i][(int)PairFeature.RelativeToBest] = bestFirstStage > 0 ? first / bestFirstStage : 0;
            features[i][(int)PairFeature.TextCosineRelative] = bestCosine > 0 ? features[i][(int)PairFeature.TextCosine] / bestCosine : 0;
            scored[i] = (pool[i], Options.Reranker.Score(features[i]), features[i]);
        }

        // Ties go to the older ticket: the original report is the more useful pointer.
        Array.Sort(scored, (x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Document.CompareTo(y.Document));
        var results = new List<DuplicateMatch>(Math.Min(topK, scored.Length));
        foreach (var (document, score, values) in scored.Take(topK))
        {
            var indexed = documents[document];
            var reasons = explain
                ? MatchExplainer.Explain(plan, indexed, values, terms, attributes, id => Idf(summaryField, id))
                : [];
            results.Add(new DuplicateMatch(indexed.Id, new DateTime(indexed.CreatedTicks, DateTimeKind.Utc), score,
                RankingModel.Sigmoid(score), values, reasons));
        }

        return results;
    }

    /// <summary>Top first-stage documents from the postings, plus nearest embeddings when available.</summary>
    private List<int> CandidatePool(QueryPlan plan, QueryScratch scratch, ReadOnlySpan<double> ceilings)
    {
        // Candidates must be strictly older than the query (which also excludes the query itself).
        Span<double> weights = stackalloc double[QueryScratch.Channels];
        for (var c = 0; c < QueryScratch.Channels; c++)
        {
            weights[c] = ceilings[c] > 0 ? Options.CandidateModel.Weights[c] / ceilings[c] : 0;
        }

        var heap = new PriorityQueue<int, double>();
        var poolSize = Options.CandidatePoolSize;
        foreach (var document in scratch.Touched)
        {
            if (createdTicks[document] >= plan.CreatedTicks)
            {
                continue;
            }

            var channels = scratch.Channel(document);
            var score = 0.0;
            for (var c = 0; c < QueryScratch.Channels; c++)
            {
                score += weights[c] * channels[c];
            }

            Offer(heap, document, score, poolSize);
        }

        var pool = new HashSet<int>();
        while (heap.Count > 0)
        {
            pool.Add(heap.Dequeue());
        }

        if (embeddings is not null && plan.Embedding is not null && Options.EmbeddingCandidates > 0)
        {
            foreach (var document in NearestEmbeddings(plan))
            {
                pool.Add(document);
            }
        }

        return [.. pool];
    }

    private List<int> NearestEmbeddings(QueryPlan plan)
    {
        var query = plan.Embedding!;
        var heap = new PriorityQueue<int, double>();
        for (var document = 0; document < documents.Count; document++)
        {
            if (createdTicks[document] >= plan.CreatedTicks || documents[document].EmbeddingSlot < 0)
            {
                continue;
            }

            Offer(heap, document, EmbeddingStore.Dot(query, embeddings!.Vector(documents[document].EmbeddingSlot)), Options.EmbeddingCandidates);
        }

        var nearest = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            nearest.Add(heap.Dequeue());
        }

        return nearest;
    }

    private static void Offer(PriorityQueue<int, double> heap, int document, double score, int capacity)
    {
        if (heap.Count < capacity)
        {
            heap.Enqueue(document, score);
        }
        else if (heap.TryPeek(out _, out var lowest) && score > lowest)
        {
            heap.DequeueEnqueue(document, score);
        }
    }

    private static double Normalised(double score, double ceiling) => ceiling > 0 ? score / ceiling : 0;

    private double[] PairFeatures(QueryPlan plan, int document, QueryScratch scratch, ReadOnlySpan<double> ceilings)
    {
        var indexed = documents[document];
        var values = new double[PairFeatureCount.Value];
        for (var c = 0; c < QueryScratch.Channels; c++)
        {
            values[c] = Normalised(scratch.Get(c, document), ceilings[c]);
        }

        values[(int)PairFeature.SameProduct] = plan.ProductId >= 0 && plan.ProductId == indexed.ProductId ? 1 : 0;
        values[(int)PairFeature.SameService] = plan.ServiceId >= 0 && plan.ServiceId == indexed.ServiceId ? 1 : 0;
        values[(int)PairFeature.SharedVersion] = SortedIds.IntersectionCount(plan.VersionIds, indexed.VersionIds) > 0 ? 1 : 0;
        var days = Math.Max(0, (plan.CreatedTicks - indexed.CreatedTicks) / (double)TimeSpan.TicksPerDay);
        values[(int)PairFeature.DaysApartLog] = Math.Log(1 + days) / 10;
        values[(int)PairFeature.SharedExceptionType] = SortedIds.Jaccard(plan.ExceptionTypeIds, indexed.ExceptionTypeIds);
        values[(int)PairFeature.SharedTopFrames] = SortedIds.OverlapOfSmaller(plan.FrameIds, indexed.FrameIds);
        values[(int)PairFeature.SameFingerprint] = plan.FingerprintId >= 0 && plan.FingerprintId == indexed.FingerprintId ? 1 : 0;
        values[(int)PairFeature.SharedErrorSignature] = SortedIds.IntersectionCount(plan.SignatureIds, indexed.SignatureIds) > 0 ? 1 : 0;
        if (embeddings is not null && plan.Embedding is not null && indexed.EmbeddingSlot >= 0)
        {
            values[(int)PairFeature.EmbeddingCosine] = EmbeddingStore.Dot(plan.Embedding, embeddings.Vector(indexed.EmbeddingSlot));
        }

        return values;
    }
}
