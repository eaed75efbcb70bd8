namespace Reporting.Analytics.Owners.Variants;

/// <summary>
/// Transformations of a labelled ticket set that stress what non-Jira data shows: no body, a few owners holding most
/// tickets, many owners with few tickets, no structured fields, and neither body nor fields (IT incidents routed on
/// a one-line description: the product, which names half of a Jira owner, is gone too). Each keeps ids, creation times and owners, so the
/// owner protocol (oldest 80% train, newest 20% test) applies unchanged. Subsamples are chosen by
/// <see cref="SeededSample"/> with <see cref="Seed"/>, so they are the same on every run.
/// </summary>
public static class OwnerDataVariants
{
    /// <summary>The seed of every subsample (the issue that asked for these checks).</summary>
    public const int Seed = 14;

    /// <summary>few-dominant-owners: the biggest owners, which hold 75% of the tickets afterwards.</summary>
    public const int DominantOwners = 3;

    /// <summary>many-rare-owners: the most tickets an owner keeps (so every owner has fewer than 20).</summary>
    public const int RareOwnerCap = 19;

    public static readonly OwnerDataVariant AsExportedVariant = new("as-exported", "the data unchanged");
    public static readonly OwnerDataVariant SubjectOnlyVariant = new("subject-only", "body dropped: one-line texts");
    public static readonly OwnerDataVariant FewDominantOwnersVariant = new("few-dominant-owners", "subsampled so the top 3 owners hold 75% of tickets");
    public static readonly OwnerDataVariant ManyRareOwnersVariant = new("many-rare-owners", "every owner capped at 19 tickets");
    public static readonly OwnerDataVariant NoStructuredFieldsVariant = new("no-structured-fields", "no product, channel, priority, type or tags: text only");
    public static readonly OwnerDataVariant OneLineTextOnlyVariant = new("one-line-text-only", "subject only and no fields: a one-line description is all there is");
    public static readonly OwnerDataVariant LanguageMixVariant = new("language-mix", "the sample company's tickets: helpdesk wording, several languages");

    /// <summary>The variants made from the input, in the order they are written and reported.</summary>
    public static IReadOnlyList<(OwnerDataVariant Variant, Func<IReadOnlyList<OwnerTrainingExample>, IReadOnlyList<OwnerTrainingExample>> Make)> FromInput { get; } =
    [
        (AsExportedVariant, e => e),
        (SubjectOnlyVariant, SubjectOnly),
        (FewDominantOwnersVariant, FewDominantOwners),
        (ManyRareOwnersVariant, ManyRareOwners),
        (NoStructuredFieldsVariant, NoStructuredFields),
        (OneLineTextOnlyVariant, OneLineTextOnly),
    ];

    /// <summary>At most <paramref name="maxTickets"/> tickets, a seeded uniform choice (the time span is kept).</summary>
    public static IReadOnlyList<OwnerTrainingExample> Bounded(IReadOnlyList<OwnerTrainingExample> examples, int maxTickets) =>
        SeededSample.Choose(examples, maxTickets, Seed, "bound");

    /// <summary>The body emptied and the subject put on one line.</summary>
    public static IReadOnlyList<OwnerTrainingExample> SubjectOnly(IReadOnlyList<OwnerTrainingExample> examples) =>
        examples.Select(e => e with { Subject = string.Join(' ', e.Subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), Body = "" }).ToList();

    /// <summary>Product, channel, priority, type and tags removed: only the subject and body are left.</summary>
    public static IReadOnlyList<OwnerTrainingExample> NoStructuredFields(IReadOnlyList<OwnerTrainingExample> examples) =>
        examples.Select(e => e with { Product = null, Channel = null, Priority = null, Type = null, Tags = [], Filed = null }).ToList();

    /// <summary>The subject on one line and nothing else: <see cref="SubjectOnly"/> and <see cref="NoStructuredFields"/> together.</summary>
    public static IReadOnlyList<OwnerTrainingExample> OneLineTextOnly(IReadOnlyList<OwnerTrainingExample> examples) =>
        NoStructuredFields(SubjectOnly(examples));

    /// <summary>
    /// All T tickets of the <see cref="DominantOwners"/> biggest owners (most tickets, ties by name) and a seeded choice
    /// of floor(T/3) of the others, so the top owners hold T/(T + floor(T/3)): 75%, or at most one ticket's share above.
    /// When the others are fewer than that, all of them stay and the top owners' tickets are subsampled to three times
    /// their number instead; with no other owner at all the tickets stay as they are.
    /// </summary>
    public static IReadOnlyList<OwnerTrainingExample> FewDominantOwners(IReadOnlyList<OwnerTrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var top = examples.GroupBy(e => e.Owner, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(DominantOwners).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var dominant = examples.Where(e => top.Contains(e.Owner)).ToList();
        var others = examples.Where(e => !top.Contains(e.Owner)).ToList();
        if (others.Count == 0)
            return examples; // three owners or fewer: they already hold every ticket

        // 75% dominant means one other ticket per three dominant ones (integers: no rounding surprises).
        var wanted = dominant.Count / 3;
        var kept = others.Count >= wanted
            ? dominant.Concat(SeededSample.Choose(others, wanted, Seed, "few-dominant-owners"))
            : SeededSample.Choose(dominant, 3 * others.Count, Seed, "few-dominant-owners").Concat(others);
        return InInputOrder(examples, kept);
    }

    /// <summary>Every owner keeps at most <see cref="RareOwnerCap"/> tickets, a seeded choice among its own.</summary>
    public static IReadOnlyList<OwnerTrainingExample> ManyRareOwners(IReadOnlyList<OwnerTrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var kept = examples.GroupBy(e => e.Owner, StringComparer.Ordinal)
            .SelectMany(g => SeededSample.Choose(g.ToList(), RareOwnerCap, Seed, "many-rare-owners:" + g.Key));
        return InInputOrder(examples, kept);
    }

    private static List<OwnerTrainingExample> InInputOrder(IReadOnlyList<OwnerTrainingExample> examples, IEnumerable<OwnerTrainingExample> kept)
    {
        // By reference: two tickets can be equal records (same id in two sources) and must both stay.
        var set = new HashSet<OwnerTrainingExample>(kept, ReferenceEqualityComparer.Instance);
        return examples.Where(set.Contains).ToList();
    }
}
