namespace Reporting.Warehouse;

/// <summary>
/// The warehouse file cannot be used: missing, locked by another process, from a newer version, older than a
/// read-only command accepts, or a migration failed. The message says which and what to do.
/// </summary>
public sealed class WarehouseUnavailableException : UserInputException
{
    public WarehouseUnavailableException(string message) : base(message) { }

    public WarehouseUnavailableException(string message, Exception inner) : base(message, inner) { }
}
