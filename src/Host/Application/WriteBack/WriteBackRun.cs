namespace Reporting.Host.Application.WriteBack;

/// <summary>
/// One write-back run: one source or every source with write-back enabled; a dry run sends and records nothing; with
/// <see cref="RetryFailed"/>, actions recorded as failed are tried again.
/// </summary>
public sealed record WriteBackRun(string? Source = null, bool DryRun = false, bool RetryFailed = false);
