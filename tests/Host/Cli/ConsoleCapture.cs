namespace Reporting.Host.Tests.Cli;

/// <summary>Tests that redirect <see cref="Console"/> run alone, so no other test writes into what they capture.</summary>
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;
