namespace Reporting.Samples;

/// <summary>
/// For a stretch of the sample (From and Until as fractions of its length), a Share of one service's routed
/// questions, tasks and feature requests is recorded under another service of the same team: ownership that moved, so the team column and every
/// team figure stay as they were while the service label does not.
/// </summary>
internal sealed record OwnerMove(string FromService, string ToService, double From, double Until, double Share);
