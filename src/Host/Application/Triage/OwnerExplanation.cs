namespace Reporting.Host.Application.Triage;

/// <summary>The words that pushed the model in use (<paramref name="ModelVersion"/>) towards <paramref name="Owner"/>, strongest first, each once.</summary>
public sealed record OwnerExplanation(string Owner, string ModelVersion, IReadOnlyList<string> Terms);
