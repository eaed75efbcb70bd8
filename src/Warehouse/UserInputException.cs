namespace Reporting.Warehouse;

/// <summary>
/// A problem the user can fix (a missing or locked file, an unknown team, a value out of range, missing
/// configuration), with a message that says what and where. Every entry point reports it the same way: one
/// <c>error:</c> line and exit 1 on the command line, a problem answer from the API. Anything else that escapes is
/// a bug and is reported as unexpected.
/// </summary>
public class UserInputException : Exception
{
    public UserInputException(string message) : base(message) { }

    public UserInputException(string message, Exception? inner) : base(message, inner) { }
}
