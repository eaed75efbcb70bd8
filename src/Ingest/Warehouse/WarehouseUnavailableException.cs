namespace Reporting.Ingest.Warehouse;

/// <summary>The warehouse file cannot be used: missing, locked by another process, or from a newer version.</summary>
public sealed class WarehouseUnavailableException : Exception
{
    public WarehouseUnavailableException(string message) : base(message) { }

    public WarehouseUnavailableException(string message, Exception inner) : base(message, inner) { }
}
