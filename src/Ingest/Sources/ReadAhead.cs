using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Reporting.Ingest.Sources;

/// <summary>
/// Reads an async sequence ahead of its consumer, so the next API page is fetched and mapped while the
/// previous batch merges into the warehouse. A failure of the source reaches the consumer after the items
/// read before it, so the pages before a failure are still committed.
/// </summary>
public static class ReadAhead
{
    public static async IAsyncEnumerable<T> Of<T>(IAsyncEnumerable<T> items, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in items.WithCancellation(stop.Token))
                {
                    await channel.Writer.WriteAsync(item, stop.Token);
                }

                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            // The consumer stopped (done, failed or cancelled): stop reading ahead before returning.
            await stop.CancelAsync();
            await producer;
        }
    }
}
