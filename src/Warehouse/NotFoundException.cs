namespace Reporting.Warehouse;

/// <summary>Something the caller named does not exist (a team, a ticket, a PM): exit 1 on the CLI, 404 from the API.</summary>
public sealed class NotFoundException(string message) : UserInputException(message);
