using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Explains a linear multiclass model's decision: each active feature contributes
/// weight(owner, slot) × value(slot) to the owner's score; the largest positive ones are the terms
/// that pushed the ticket towards that owner. Slots are mapped back to the n-gram or field they stand for.
/// </summary>
internal sealed class LinearModelExplainer
{
    private readonly VBuffer<float>[] _weights;
    private readonly string[] _slotTerms;
    private readonly string[] _slotSources;

    private LinearModelExplainer(VBuffer<float>[] weights, string[] slotTerms, string[] slotSources)
    {
        _weights = weights;
        _slotTerms = slotTerms;
        _slotSources = slotSources;
    }

    public int FeatureCount => _slotTerms.Length;

    /// <summary>Returns null when the model is not a linear multiclass model (e.g. boosted trees, one-versus-all).</summary>
    public static LinearModelExplainer? TryCreate(ITransformer model, DataViewSchema inputSchema, OwnerPipelineSpec spec)
    {
        var last = model is TransformerChain<ITransformer> chain ? chain.LastTransformer : model;
        if (last is not IPredictionTransformer<object> predictor || predictor.Model is not LinearMulticlassModelParametersBase linear)
            return null;

        VBuffer<float>[] weights = [];
        linear.GetWeights(ref weights, out _);
        var outputSchema = model.GetOutputSchema(inputSchema);
        var (terms, sources) = SlotNames(outputSchema, spec);
        return weights.Length == 0 || weights[0].Length != terms.Length ? null : new LinearModelExplainer(weights, terms, sources);
    }

    /// <param name="isShown">Whether a word is one a person sees in the ticket; field terms ("product:web") always are.</param>
    public IReadOnlyList<ExplanationTerm> Explain(in VBuffer<float> features, int ownerIndex, int count, Func<string, bool>? isShown = null)
    {
        if (ownerIndex < 0 || ownerIndex >= _weights.Length || features.Length != _slotTerms.Length)
            return [];
        var classWeights = _weights[ownerIndex];
        var contributions = new List<(int Slot, double Value)>();
        var values = features.GetValues();
        var indices = features.GetIndices();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == 0)
                continue;
            var slot = features.IsDense ? i : indices[i];
            var contribution = (double)classWeights.GetItemOrDefault(slot) * values[i];
            // A contribution that rounds to nothing (a field every ticket has) is not a reason.
            if (Math.Round(contribution, 4) > 0)
                contributions.Add((slot, contribution));
        }
        return Readable(contributions.OrderByDescending(c => c.Value)
            .Select(c => new ExplanationTerm(_slotTerms[c.Slot], _slotSources[c.Slot], Math.Round(c.Value, 4))), count, isShown);
    }

    /// <summary>
    /// What a person can read as the reasons: whole words only (character n-grams are fragments such as "_vpn", and
    /// unnamed slots say nothing), and each word once, so "vpn" from the subject, "vpn" from the body and "vpn timeout"
    /// do not fill the list three times, nor "namenode" and its part "node" twice. The strongest mention wins. With
    /// <paramref name="isShown"/>, a word must also be one of the ticket as a person reads it: the part "gmb" that
    /// identifier splitting takes out of "GmbH" is not.
    /// </summary>
    internal static IReadOnlyList<ExplanationTerm> Readable(IEnumerable<ExplanationTerm> strongestFirst, int count, Func<string, bool>? isShown = null)
    {
        var kept = new List<ExplanationTerm>(count);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in strongestFirst)
        {
            if (kept.Count == count)
                break;
            if (term.Source == SourceLabel(OwnerPipelineBuilder.SubjectCharGrams) || term.Term.StartsWith('#') || string.IsNullOrWhiteSpace(term.Term))
                continue;
            var termWords = term.Term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (isShown is not null && !term.Term.Contains(':', StringComparison.Ordinal) && !termWords.All(isShown))
                continue;
            // "node" after "namenode" (camel-case parts are kept beside the joined word) says the same thing again.
            if (termWords.Any(w => words.Any(k => k.Contains(w, StringComparison.OrdinalIgnoreCase) || w.Contains(k, StringComparison.OrdinalIgnoreCase))))
                continue;
            words.UnionWith(termWords);
            kept.Add(term);
        }
        return kept;
    }

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/> as a whole word (no letter or digit either side).</summary>
    internal static bool IsWholeWordOf(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return true;
        }
        return false;
    }

    /// <summary>Names every slot of the Features vector by walking its source columns in concatenation order.</summary>
    private static (string[] Terms, string[] Sources) SlotNames(DataViewSchema schema, OwnerPipelineSpec spec)
    {
        var terms = new List<string>();
        var sources = new List<string>();
        foreach (var column in OwnerPipelineBuilder.FeatureSources(spec))
        {
            var schemaColumn = schema[column];
            var size = schemaColumn.Type is VectorDataViewType vector ? vector.Size : 1;
            var names = default(VBuffer<ReadOnlyMemory<char>>);
            var hasNames = schemaColumn.HasSlotNames();
            if (hasNames)
                schemaColumn.GetSlotNames(ref names);
            var dense = hasNames ? names.DenseValues().ToArray() : [];
            var source = SourceLabel(column);
            for (var slot = 0; slot < size; slot++)
            {
                var raw = slot < dense.Length ? dense[slot].ToString() : "";
                terms.Add(raw.Length == 0 ? $"#{slot}" : Readable(raw, column));
                sources.Add(source);
            }
        }
        return (terms.ToArray(), sources.ToArray());
    }

    private static string SourceLabel(string column) => column switch
    {
        OwnerPipelineBuilder.SubjectWords => "subject",
        OwnerPipelineBuilder.BodyWords => "body",
        OwnerPipelineBuilder.SubjectCharGrams => "subject-chars",
        _ => "field",
    };

    /// <summary>"name|node" → "name node"; character n-grams lose ML.NET's separators and marker characters.</summary>
    private static string Readable(string raw, string column)
    {
        if (column == OwnerPipelineBuilder.SubjectCharGrams)
        {
            var chars = raw.Split('|').Select(c => c.Length == 1 && !char.IsControl(c[0]) ? c : c == "<␠>" ? " " : "_");
            return string.Concat(chars);
        }
        // Hashed slots may carry "{term}" inversions; keep the first.
        var text = raw.Trim('{', '}');
        var bar = text.IndexOf(',');
        if (bar > 0 && text.Contains('{'))
            text = text[..bar];
        return text.Replace('|', ' ');
    }
}
