using Reporting.Analytics.Digest;
using Reporting.Reports.Rendering;

namespace Reporting.Host.Application.Digests;

/// <summary>A rendered digest with the figures it was made from (an e-mail body quotes them).</summary>
public sealed record RenderedDigest(WeeklyDigest Data, RenderedReport Report);
