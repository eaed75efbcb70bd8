using Reporting.Warehouse;

namespace Reporting.Host.Application;

/// <summary>
/// A caller's request that cannot be served as asked (a period backwards or too long, a number out of range):
/// the CLI prints it as one <c>error:</c> line, the API answers 400 naming <see cref="Field"/>.
/// </summary>
public sealed class InvalidRequestException(string field, string message) : UserInputException(message)
{
    public string Field { get; } = field;
}
