using System.Globalization;

namespace Reporting.Analytics.Duplicates;

/// <summary>Turns pair features into short reasons a support engineer can check at a glance.</summary>
internal static class MatchExplainer
{
    private const int MaxTermsShown = 5;

    public static IReadOnlyList<string> Explain(
        QueryPlan query,
        IndexedDocument document,
        ReadOnlySpan<double> features,
        TermDictionary terms,
        TermDictionary attributes,
        Func<int, double> summaryIdf)
    {
        var reasons = new List<string>();
        var shared = SortedIds.Intersection(query.SummaryTermSet, document.SummaryTermIds)
            .OrderByDescending(summaryIdf)
            .Take(MaxTermsShown)
            .Select(terms.Term)
            .ToList();
        if (shared.Count > 0)
        {
            reasons.Add("summary shares: " + string.Join(", ", shared));
        }

        if (features[(int)PairFeature.SameFingerprint] > 0)
        {
            reasons.Add("same crash fingerprint");
        }
        else if (features[(int)PairFeature.SharedTopFrames] > 0)
        {
            var frames = SortedIds.Intersection(query.FrameIds, document.FrameIds).Take(3).Select(id => terms.Term(id)[2..]);
            reasons.Add("shared stack frames: " + string.Join(", ", frames));
        }

        if (features[(int)PairFeature.SharedErrorSignature] > 0)
        {
            var signature = SortedIds.Intersection(query.SignatureIds, document.SignatureIds).Select(id => terms.Term(id)[2..]).First();
            reasons.Add("same error: " + signature);
        }
        else if (features[(int)PairFeature.SharedExceptionType] > 0)
        {
            var types = SortedIds.Intersection(query.ExceptionTypeIds, document.ExceptionTypeIds).Take(3).Select(id => terms.Term(id)[2..]);
            reasons.Add("same exception: " + string.Join(", ", types));
        }

        if (features[(int)PairFeature.SameService] > 0)
        {
            reasons.Add("same service: " + attributes.Term(document.ServiceId)[2..]);
        }
        else if (features[(int)PairFeature.SameProduct] > 0)
        {
            reasons.Add("same product: " + attributes.Term(document.ProductId)[2..]);
        }

        if (features[(int)PairFeature.SharedVersion] > 0)
        {
            var version = SortedIds.Intersection(query.VersionIds, document.VersionIds).Select(id => attributes.Term(id)[2..]).First();
            reasons.Add("same affected version: " + version);
        }

        var days = (query.CreatedTicks - document.CreatedTicks) / (double)TimeSpan.TicksPerDay;
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"filed {days:0} days earlier"));

        var cosine = features[(int)PairFeature.EmbeddingCosine];
        if (cosine >= 0.6)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"similar meaning (cosine {cosine:0.00})"));
        }

        return reasons;
    }
}
