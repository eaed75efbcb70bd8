using DuckDB.NET.Data;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Owners;

/// <summary>
/// What a ticket classifier learns to predict. The owner pipeline (features, calibration, abstention, registry,
/// retraining) does not care which field the label is: the owning service by default, or the priority. A label
/// loads its examples and removes its own field from what the classifier sees, so a model never reads its answer.
/// </summary>
public abstract class TicketLabel
{
    public static TicketLabel Owner { get; } = new OwnerLabel();
    public static TicketLabel Priority { get; } = new PriorityLabel();

    /// <summary>Names the registry folder and model files (models/owners/owners-v0001.zip).</summary>
    public abstract string Name { get; }

    /// <summary>What one label value is called in messages ("service", "priority").</summary>
    public abstract string Noun { get; }

    public abstract Task<IReadOnlyList<OwnerTrainingExample>> LoadAsync(
        DuckDBConnection connection, bool resolvedOnly, DateTime? createdBefore, CancellationToken cancellationToken);

    /// <summary>The ticket as this label's classifier sees it.</summary>
    public virtual OwnerTicket Features(OwnerTicket ticket) => ticket;

    private sealed class OwnerLabel : TicketLabel
    {
        public override string Name => OwnerModelRegistry.OwnersLabel;
        public override string Noun => "service";

        public override Task<IReadOnlyList<OwnerTrainingExample>> LoadAsync(
            DuckDBConnection connection, bool resolvedOnly, DateTime? createdBefore, CancellationToken cancellationToken) =>
            OwnerExamples.LoadAsync(connection, resolvedOnly, createdBefore, cancellationToken);
    }

    private sealed class PriorityLabel : TicketLabel
    {
        public override string Name => "priority";
        public override string Noun => "priority";

        public override async Task<IReadOnlyList<OwnerTrainingExample>> LoadAsync(
            DuckDBConnection connection, bool resolvedOnly, DateTime? createdBefore, CancellationToken cancellationToken) =>
            OwnerExamples.From(await PriorityExampleQueries.LabelledAsync(connection, resolvedOnly, createdBefore, cancellationToken));

        public override OwnerTicket Features(OwnerTicket ticket) => ticket with { Priority = null };
    }
}
