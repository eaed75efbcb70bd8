using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Priority;

/// <summary>How the priority model is trained: the owner pipeline on the priority label.</summary>
public static class PriorityModel
{
    /// <summary>
    /// The owner pipeline without class balancing: with five priorities, one of them most of the tickets, balancing
    /// trades top-1 for macro-F1 (measured in the README); calibration and the 80%-precision abstention as for owners.
    /// </summary>
    public static OwnerClassifierOptions Options { get; } = new()
    {
        Pipeline = OwnerPipelineCatalog.Default with { Name = "priority-word12-tfidf-sdca" },
    };

    public static OwnerModelRegistry RegistryFor(string warehousePath) =>
        OwnerModelRegistry.ForWarehouse(warehousePath, TicketLabel.Priority.Name);
}
