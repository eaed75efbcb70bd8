using System.Globalization;
using Reporting.Analytics.Owners;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>
/// The owner model in use, for leads: which pipeline was chosen for these tickets, how it did on the newest held-out
/// ones, and, prominently, when it cannot answer any ticket at its target precision (every suggestion then shows as
/// "needs human triage").
/// </summary>
public static class OwnerModelCardHtml
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Render(int? version, OwnerModelMetadata? metadata)
    {
        if (version is null || metadata is null)
        {
            return """<p class="card muted" id="owner-model">No owner model yet: suggestions appear once one is trained (<code>reporting owners train</code>, or the nightly job).</p>""";
        }

        var m = metadata.Evaluation?.Metrics;
        var figures = m is null
            ? ""
            : string.Create(C, $" On its held-out newest tickets: top-1 {Percent(m.Top1)}, top-3 {Percent(m.Top3)}; it answers {Percent(m.Coverage)} of them, {Percent(m.AccuracyAtCoverage)} of those correctly (target {Percent(metadata.TargetPrecision)}); calibration error {m.ExpectedCalibrationError:F3}{(m.ExpectedCalibrationErrorFloor >= OwnerEvaluation.FloorWorthSaying ? string.Create(C, $", where chance alone gives {m.ExpectedCalibrationErrorFloor:F3} on {m.Count:N0} tickets") : "")}.");
        // Under drift a model's confidence is worth less every week: say so, and what restores it.
        var aging = metadata.TemperatureAgingPerYear > 0 && metadata.NewestTicketAt is { } newest
            ? string.Create(C, $" Its confidence in a ticket falls the later the ticket comes after {newest:d MMM yyyy}, the newest ticket it learnt from (its newest tickets showed it getting worse with time); retraining once newer tickets are in restores it.")
            : "";
        // New teams and components get tickets the model cannot route: its confidence already counts them.
        var newOwners = metadata.NewOwnerTicketRatePerYear > 0 && metadata.NewestTicketAt is { } learntUntil
            ? string.Create(C, $" Going by its training history, about {Percent(new NewOwnerRate(metadata.NewOwnerTicketRatePerYear).ShareAfterOneYear)} of the tickets filed a year after {learntUntil:d MMM yyyy} go to an owner it never saw; its confidence in each later ticket is lowered by the share expected that long after.")
            : "";
        // A blended model's probabilities are not the maxent's alone: say what else speaks.
        var svmReads = $"all of a ticket's words{(metadata.Pipeline.MarginBlendCharacterGrams ? " and their pieces of 3 to 5 letters" : "")} as one bag";
        var alone = metadata.Pipeline.DecidedBySvmAlone;
        var blend = alone
            ? $" Its probabilities are those of a linear SVM that reads {svmReads}: on the newest training tickets it did better alone than blended with the pipeline's other model."
            : metadata.Pipeline.MarginBlendWeight > 0
            ? $" Its probabilities are blended {Percent(1 - metadata.Pipeline.MarginBlendWeight)} / {Percent(metadata.Pipeline.MarginBlendWeight)} with those of a linear SVM that reads {svmReads} (the two err differently)."
            : "";
        // What the model reads decides what its figures promise: fields as exported include triagers' later work.
        var fields = alone
            ? " It reads each ticket's words; of its fields only the product, whose usual owners it weighs."
            : !metadata.Text.UseFieldsSetInTriage
            ? " It reads each ticket's words, product and channel; priority, type and tags are left out (no history on record says what they were when a ticket was filed, or they did not help)."
            : metadata.Text.FieldsAsFiled
                ? " It reads each ticket's words, product and channel, and its priority, type and tags as filed (later changes by triagers undone)."
                : " It reads priority, type and tags as exported, including what triagers set after filing: its figures promise more than a new ticket gets.";
        var v = metadata.Validation;
        var warning = metadata.AnswersAtTarget
            ? ""
            : $"""<p class="warning" id="owner-model-warning">This model is not confident enough to promise {Percent(metadata.TargetPrecision)} precision on any share of {(metadata.CalibrationFolds > 0 ? "the tickets it learnt from, each scored by a model fitted without it" : "the newest tickets it learnt from")}: it answers only where its own confidence is at least {Percent(metadata.AbstainThreshold)} ({(v is { Coverage: > 0 } ? $"{Percent(v.Coverage)} of those tickets, {Percent(v.AccuracyAtCoverage)} of them right" : "none of those tickets")}) and marks every other ticket "needs human triage". Triage decisions on ticket pages are the freshest labels and teach the next model.</p>""";
        return $"""
            <div class="card" id="owner-model">
              <p>Owner model v{version} trained {E(metadata.TrainedAtUtc.ToString("d MMM yyyy HH:mm", C))} UTC on {metadata.TrainingExampleCount.ToString("N0", C)} tickets,
              pipeline <code>{E(metadata.Pipeline.Name)}</code> (the settings that did best on these tickets) chosen among {Math.Max(1, metadata.Comparison.Count)} on the newest of them.{E(blend)}{E(fields)}{E(figures)}{E(aging)}{E(newOwners)}</p>
              {warning}
            </div>
            """;
    }
}
