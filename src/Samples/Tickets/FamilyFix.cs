namespace Reporting.Samples;

/// <summary>When a fix for a family went live; Release is the deployment that carried it, when there was one.</summary>
internal sealed record FamilyFix(DateTime At, Release? Release);
