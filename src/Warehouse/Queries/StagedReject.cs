namespace Reporting.Warehouse.Queries;

/// <summary>One record ingest keeps aside, as it is staged for a merge into <c>rejects</c>; no field is stored as an empty one.</summary>
public sealed record StagedReject(string Input, long Line, string? Field, string Reason, string? Raw);
