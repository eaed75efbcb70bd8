namespace Reporting.Host.Application.Digests;

/// <summary>
/// One team in the e-mail's "Next two weeks": its figures under the PDF's column headings (week by week, then the
/// 80% range) and the reasons behind them, ticket text already masked.
/// </summary>
public sealed record DigestEmailTeam(string Team, IReadOnlyList<(string Label, string Value)> Figures, IReadOnlyList<string> Reasons);
