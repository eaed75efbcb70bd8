using System.Diagnostics;
using Reporting.Analytics.Duplicates;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.RotationFit;

/// <summary>
/// How often the time-to-resolve range holds the actual time, replayed in time order: tickets are taken in order of
/// creation; a ticket becomes history (indexed for similarity, counted in its service's and team's distributions)
/// only once it is resolved, so a ticket's range uses only tickets resolved before it was created. Resolved tickets
/// created in the 60–80% slice (by creation) fit the conformal correction; the newest 20% are the test.
/// The same is done for the service's (else team's, else all) distribution alone, the baseline.
/// </summary>
public static class ResolutionRangeEvaluation
{
    public const double ValidationStart = 0.6;
    public const double TestStart = 0.8;

    public static ResolutionRangeReport Run(
        IReadOnlyList<HistoryTicket> tickets, ResolutionRangeOptions? options = null, double coverage = 0.8,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        options ??= new ResolutionRangeOptions();
        options.Validate();
        var watch = Stopwatch.StartNew();
        var ordered = tickets.OrderBy(t => t.CreatedAt).ToList();
        var resolved = ordered.Where(t => t.ResolvedAt is not null).ToList();
        if (resolved.Count < 50)
            throw new Warehouse.UserInputException($"Too few resolved tickets to evaluate on ({resolved.Count}).");
        var validationFrom = resolved[(int)Math.Floor(resolved.Count * ValidationStart)].CreatedAt;
        var testFrom = resolved[(int)Math.Floor(resolved.Count * TestStart)].CreatedAt;

        using var index = new SimilarityIndex();
        var prepared = index.PrepareMany(ordered.Select(ToCandidate).ToList(), cancellationToken);
        var byId = ordered.Select((t, i) => (t, i)).ToDictionary(p => p.t.Id, p => p.t, StringComparer.Ordinal);
        var pending = new PriorityQueue<int, DateTime>();
        var history = new HistoryDistributions();
        var validation = new List<Case>();
        var test = new List<Case>();
        // Open test tickets (censored): how old each was when the data ends, to count those already past their range.
        var dataEnd = ordered.Max(t => t.ResolvedAt is { } r && r > t.CreatedAt ? r : t.CreatedAt);
        var openTest = new List<(ResolutionRange Raw, double AgeDays)>();

        for (var i = 0; i < ordered.Count; i++)
        {
            if (i % 512 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var ticket = ordered[i];
            while (pending.TryPeek(out var done, out var resolvedAt) && resolvedAt <= ticket.CreatedAt)
            {
                pending.Dequeue();
                index.Add(prepared[done]);
                history.Add(ordered[done]);
            }

            if (ticket.ResolvedAt is { } end && ticket.CreatedAt >= validationFrom)
            {
                var neighbours = index.Query(prepared[i], options.Neighbours, explain: false, cancellationToken)
                    .Select(m => Days(byId[m.Id])).ToList();
                var fallbacks = history.Fallbacks(ticket.Service, ticket.Team);
                var actual = (end - ticket.CreatedAt).TotalDays;
                var raw = ResolutionRangeEstimator.Estimate(neighbours, fallbacks, options with { Widening = 0 });
                var baseline = ResolutionRangeEstimator.Estimate([], fallbacks, options with { Widening = 0 });
                if (raw is not null && baseline is not null)
                    (ticket.CreatedAt >= testFrom ? test : validation).Add(new Case(raw, baseline, actual));
            }
            else if (ticket.ResolvedAt is null && ticket.CreatedAt >= testFrom)
            {
                var neighbours = index.Query(prepared[i], options.Neighbours, explain: false, cancellationToken)
                    .Select(m => Days(byId[m.Id])).ToList();
                if (ResolutionRangeEstimator.Estimate(neighbours, history.Fallbacks(ticket.Service, ticket.Team), options with { Widening = 0 }) is { } raw)
                    openTest.Add((raw, (dataEnd - ticket.CreatedAt).TotalDays));
            }

            if (ticket.ResolvedAt is { } resolvedTime)
                pending.Enqueue(i, resolvedTime);
        }

        var widening = ResolutionRangeEstimator.ConformalWidening(validation.Select(c => (c.Raw, c.Actual)).ToList(), coverage);
        var baselineWidening = ResolutionRangeEstimator.ConformalWidening(validation.Select(c => (c.Baseline, c.Actual)).ToList(), coverage);
        progress?.Report($"{validation.Count:N0} validation and {test.Count:N0} test tickets replayed ({watch.Elapsed.TotalSeconds:F0} s)");
        var openPastHigh = openTest.Count(o => o.AgeDays > o.Raw.HighDays * Math.Exp(widening));
        var held = test.Count(c => (c.Raw with { LowDays = c.Raw.LowDays / Math.Exp(widening), HighDays = c.Raw.HighDays * Math.Exp(widening) }).Holds(c.Actual));
        return new ResolutionRangeReport(
            ordered.Count, resolved.Count, validation.Count, test.Count,
            test.Count(c => c.Raw.Basis == RangeBasis.SimilarTickets) / (double)Math.Max(1, test.Count),
            widening,
            Figures(test.Select(c => (c.Raw, c.Actual)), 0),
            Figures(test.Select(c => (c.Raw, c.Actual)), widening),
            baselineWidening,
            Figures(test.Select(c => (c.Baseline, c.Actual)), 0),
            Figures(test.Select(c => (c.Baseline, c.Actual)), baselineWidening),
            openTest.Count, openPastHigh, held / (double)Math.Max(1, test.Count + openPastHigh),
            Math.Round(watch.Elapsed.TotalSeconds, 1));
    }

    private static RangeFigures Figures(IEnumerable<(ResolutionRange Raw, double Actual)> cases, double widening)
    {
        var widen = Math.Exp(widening);
        var list = cases.Select(c => (Range: c.Raw with { LowDays = c.Raw.LowDays / widen, HighDays = c.Raw.HighDays * widen }, c.Actual)).ToList();
        if (list.Count == 0)
            return new RangeFigures(0, 0, 0, 0, 0);
        return new RangeFigures(
            list.Count(c => c.Range.Holds(c.Actual)) / (double)list.Count,
            list.Count(c => Math.Max(c.Actual, ResolutionRangeOptions.FloorDays) < Math.Max(c.Range.LowDays, ResolutionRangeOptions.FloorDays)) / (double)list.Count,
            list.Count(c => Math.Max(c.Actual, ResolutionRangeOptions.FloorDays) > Math.Max(c.Range.HighDays, ResolutionRangeOptions.FloorDays)) / (double)list.Count,
            Median(list.Select(c => c.Range.HighDays)),
            Median(list.Select(c => Math.Abs(Math.Log(Math.Max(c.Range.MedianDays, ResolutionRangeOptions.FloorDays)) - Math.Log(Math.Max(c.Actual, ResolutionRangeOptions.FloorDays))))));
    }

    private static double Median(IEnumerable<double> values) => ResolutionRangeEstimator.Quantile(values.Order().ToList(), 0.5);

    private static double Days(HistoryTicket t) => (t.ResolvedAt!.Value - t.CreatedAt).TotalDays;

    private static DuplicateCandidate ToCandidate(HistoryTicket t) =>
        new(t.Id, t.CreatedAt, t.Subject, t.Body, t.Product, t.Service, t.Versions, t.Customer);

    private sealed record Case(ResolutionRange Raw, ResolutionRange Baseline, double Actual);

    /// <summary>Resolution times seen so far per service, per team and in all.</summary>
    private sealed class HistoryDistributions
    {
        private readonly Dictionary<string, List<double>> _service = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<double>> _team = new(StringComparer.Ordinal);
        private readonly List<double> _all = [];

        public void Add(HistoryTicket t)
        {
            var days = Days(t);
            if (t.Service is { } service)
                Get(_service, service).Add(days);
            if (t.Team is { } team)
                Get(_team, team).Add(days);
            _all.Add(days);
        }

        public IReadOnlyList<(RangeBasis, IReadOnlyList<double>)> Fallbacks(string? service, string? team) =>
        [
            (RangeBasis.Service, service is not null && _service.TryGetValue(service, out var s) ? s : []),
            (RangeBasis.Team, team is not null && _team.TryGetValue(team, out var t) ? t : []),
            (RangeBasis.AllTickets, _all),
        ];

        private static List<double> Get(Dictionary<string, List<double>> map, string key)
        {
            if (!map.TryGetValue(key, out var list))
                map[key] = list = [];
            return list;
        }
    }
}

/// <summary>
/// A range's figures on the test tickets: the share it held, the shares below and above it, the median upper end
/// (days) and the median |ln median − ln actual| (how far the median guess is, as a factor's log).
/// </summary>
public sealed record RangeFigures(double Coverage, double Below, double Above, double MedianHighDays, double MedianLogError);

/// <summary>
/// The time-to-resolve range's coverage, raw and after the conformal correction, beside the service baseline.
/// Coverage is over resolved test tickets; tickets still open when the data ends are censored (the newest resolved
/// ones are the quick ones), so <see cref="CoverageCountingOpen"/> also counts the open test tickets already older
/// than their corrected upper end (<see cref="OpenPastHigh"/> of <see cref="OpenTestCount"/>) as misses.
/// </summary>
public sealed record ResolutionRangeReport(
    int Tickets, int Resolved, int ValidationCount, int TestCount, double SimilarShare,
    double Widening, RangeFigures Raw, RangeFigures Calibrated,
    double BaselineWidening, RangeFigures BaselineRaw, RangeFigures BaselineCalibrated,
    int OpenTestCount, int OpenPastHigh, double CoverageCountingOpen, double Seconds);
