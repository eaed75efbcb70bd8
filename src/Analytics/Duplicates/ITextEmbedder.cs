namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Maps texts to dense vectors whose cosine says how close their meaning is (e.g. a MiniLM sentence encoder).
/// Implementations must return one vector per text, all of the same length.
/// </summary>
public interface ITextEmbedder
{
    int Dimensions { get; }

    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
