namespace Reporting.Analytics.Readiness;

/// <summary>Decides whether one readiness item is in a ticket.</summary>
public interface IReadinessDetector
{
    ReadinessItem Item { get; }

    ReadinessCheck Check(ReadinessText text);
}
