namespace Reporting.Analytics.Capacity.Rotation;

/// <summary>How the rotation is planned (<c>Capacity:Rotation</c>).</summary>
public sealed record RotationPlanOptions
{
    /// <summary>Fewer past rotations than this makes an engineer a newcomer, who gets a buddy.</summary>
    public int NewcomerRotations { get; init; } = 2;

    /// <summary>Sets of services with one rotation between their owning teams; the other teams rotate on their own.</summary>
    public IReadOnlyList<RotationGroup> Groups { get; init; } = [];

    /// <summary>Weeks that may be planned at once.</summary>
    public const int MaxWeeks = 26;
}
