using System.Runtime.CompilerServices;

namespace Reporting.Ingest.Files;

/// <summary>
/// Reads physical lines (JSON Lines records), each whole when it is within the record limit; a longer line is passed
/// through without being held and comes back with its beginning and its size, to be rejected.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, FieldSizeLimit limit)
{
    /// <summary>Line <paramref name="Number"/>: its text, or null when it was over the limit (<paramref name="Raw"/> has its beginning).</summary>
    public sealed record Line(long Number, string? Text, long Bytes, string Raw);

    public async IAsyncEnumerable<Line> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lines = new LineSplitter(reader);
        long number = 0;
        while (await lines.HasMoreAsync(cancellationToken))
        {
            number++;
            var line = new PhysicalLine();
            long bytes = 0;
            while (!line.Complete)
            {
                line.Dropping = bytes > limit.MaxRecordBytes;
                var before = line.Length;
                await lines.ReadPieceAsync(line, cancellationToken);
                bytes += Utf8Bytes(line.From(before));
            }

            yield return bytes > limit.MaxRecordBytes
                ? new Line(number, null, bytes, line.Text)
                : new Line(number, line.Text, bytes, line.Text);
        }
    }

    private static long Utf8Bytes(ReadOnlySpan<char> chars)
    {
        long bytes = 0;
        foreach (var c in chars)
        {
            bytes += FieldSizeLimit.Utf8Bytes(c);
        }

        return bytes;
    }
}
