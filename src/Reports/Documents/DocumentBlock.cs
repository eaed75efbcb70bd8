namespace Reporting.Reports.Documents;

/// <summary>One element of a document's body, laid out top to bottom.</summary>
public abstract record DocumentBlock
{
    /// <summary>When set, the block moves to the next page rather than end a page without the start of the next block.</summary>
    public bool KeepWithNext { get; init; }
}
