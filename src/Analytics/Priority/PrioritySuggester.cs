using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Priority;

/// <summary>
/// The suggested priority of a ticket: the most likely one with its calibrated probability, or an abstention
/// ("needs a person") when the model is not sure enough; the ticket's own priority is never read.
/// </summary>
public sealed class PrioritySuggester(OwnerClassifier classifier, string modelVersion)
{
    public string ModelVersion => modelVersion;

    public PriorityAdvice Suggest(OwnerTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var prediction = classifier.Predict(TicketLabel.Priority.Features(ticket), k: 3);
        var top = prediction.Top;
        return new PriorityAdvice(
            modelVersion,
            prediction.Abstained ? null : top?.Owner,
            top?.Owner,
            Math.Round(top?.Probability ?? 0, 4),
            prediction.Abstained,
            prediction.Suggestions.Select(s => new PriorityChoice(s.Owner, Math.Round(s.Probability, 4))).ToList(),
            prediction.Explanation.Select(e => e.Term).ToList());
    }

    /// <summary>The registry's current model; null when none has been trained yet.</summary>
    public static PrioritySuggester? LoadCurrent(OwnerModelRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var version = registry.CurrentVersion();
        return version is null ? null : new PrioritySuggester(registry.Load(version.Value), $"priority-v{version.Value:D4}");
    }
}

/// <summary>
/// <see cref="Priority"/> is the suggestion, null when the model abstains; <see cref="Best"/> and
/// <see cref="Probability"/> are its best guess either way.
/// </summary>
public sealed record PriorityAdvice(
    string ModelVersion, string? Priority, string? Best, double Probability, bool Abstained,
    IReadOnlyList<PriorityChoice> Ranked, IReadOnlyList<string> Explanation);

public sealed record PriorityChoice(string Priority, double Probability);
