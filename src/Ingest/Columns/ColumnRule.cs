namespace Reporting.Ingest.Columns;

/// <summary>
/// Column <paramref name="Column"/> (matched ignoring case and surrounding spaces) is read into <paramref name="Field"/>.
/// A preset's columns are optional (exports differ); a mapping file's own must be in the file (<paramref name="MustExist"/>).
/// </summary>
public sealed record ColumnRule(string Column, TicketField Field, bool MustExist = false);
