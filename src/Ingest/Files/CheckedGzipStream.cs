using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Reporting.Ingest.Files;

/// <summary>
/// Decompresses a gzip file and, at its end, checks what came out against the file's last eight bytes (the gzip
/// trailer: CRC-32 and length of the data). A truncated or corrupt file otherwise simply ends early, and half an
/// export would be ingested as if it were whole. A file of several concatenated gzip members fails the check too
/// (the trailer describes only the last member): recompress such a file as one.
/// </summary>
public sealed class CheckedGzipStream(FileStream file, string name) : ForwardReadStream
{
    private readonly GZipStream _gzip = new(file, CompressionMode.Decompress);
    private readonly Crc32 _crc = new();
    private readonly string _path = file.Name;
    private long _length;
    private bool _checked;

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _gzip.Read(buffer);
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(ex.Message);
        }

        if (read > 0)
        {
            _crc.Append(buffer[..read]);
            _length += read;
        }
        else if (!_checked && buffer.Length > 0)
        {
            _checked = true;
            Check();
        }

        return read;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Check()
    {
        Span<byte> trailer = stackalloc byte[8];
        using (var end = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            if (end.Length < 18)
            {
                throw Corrupt("it is shorter than a gzip header and trailer");
            }

            end.Seek(-8, SeekOrigin.End);
            end.ReadExactly(trailer);
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        if (crc != _crc.GetCurrentHashAsUInt32() || size != (uint)_length)
        {
            throw Corrupt($"the data ends after {_length:N0} bytes, and its checksum and length do not match the file's gzip trailer");
        }
    }

    private TruncatedInputException Corrupt(string why) => new(
        $"{name}: the gzip file is truncated or corrupt ({why}). What was read up to there is ingested and counted; the rest " +
        "is missing: export the file again (a file of several gzip members: recompress it as one).");
}
