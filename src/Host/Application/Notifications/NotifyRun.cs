namespace Reporting.Host.Application.Notifications;

/// <summary>One notification run: a dry run sends and records nothing; <see cref="RetryFailed"/> sends failed ones again.</summary>
public sealed record NotifyRun(bool DryRun = false, bool RetryFailed = false);
