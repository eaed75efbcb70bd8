using System.Collections.Concurrent;
using Microsoft.ML;

namespace Reporting.Analytics.Owners;

/// <summary>
/// ML.NET's PredictionEngine is not thread-safe; this pool lends each caller its own engine and
/// takes it back afterwards. Engines are created on demand, so the pool grows to the peak number
/// of concurrent callers and no further.
/// </summary>
internal sealed class PredictionEnginePool<TInput, TOutput>
    where TInput : class
    where TOutput : class, new()
{
    private readonly ConcurrentBag<PredictionEngine<TInput, TOutput>> _idle = [];
    private readonly Func<PredictionEngine<TInput, TOutput>> _create;

    public PredictionEnginePool(Func<PredictionEngine<TInput, TOutput>> create)
    {
        _create = create ?? throw new ArgumentNullException(nameof(create));
    }

    public int IdleCount => _idle.Count;

    public TResult Use<TResult>(Func<PredictionEngine<TInput, TOutput>, TResult> work)
    {
        var engine = _idle.TryTake(out var pooled) ? pooled : _create();
        try
        {
            return work(engine);
        }
        finally
        {
            _idle.Add(engine);
        }
    }
}
