using System.Globalization;
using System.Text;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse;

namespace Reporting.Ingest.Files;

/// <summary>
/// How large one field of an input may be (<c>--max-field-bytes</c>), and one record: four fields' worth. A larger
/// field or record is rejected with the reason instead of being held in memory, so reading never needs more than a
/// few records' worth of memory however large a field in the file is.
/// </summary>
public sealed record FieldSizeLimit
{
    public const int DefaultBytes = 1 << 20;
    public const int MinBytes = 1 << 10;
    public const int MaxBytes = 64 << 20;
    public const int RecordFactor = 4;

    public FieldSizeLimit(int maxFieldBytes)
    {
        if (maxFieldBytes is < MinBytes or > MaxBytes)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"--max-field-bytes must be between {MinBytes} and {MaxBytes} ({Describe(MaxBytes)}), not {maxFieldBytes}"));
        }

        MaxFieldBytes = maxFieldBytes;
    }

    public static FieldSizeLimit Default { get; } = new(DefaultBytes);

    public int MaxFieldBytes { get; }

    /// <summary>The largest record, in UTF-8 bytes (a line of JSON, a CSV row with all its fields).</summary>
    public int MaxRecordBytes => MaxFieldBytes * RecordFactor;

    /// <summary>Why a record is too large, naming the limit and the option that sets it (and the size, when the whole record was seen).</summary>
    public string RecordTooLarge(long bytes, bool complete) => string.Create(CultureInfo.InvariantCulture,
        $"the record is {(complete ? $"{bytes:N0} bytes, " : "")}over the {Describe(MaxRecordBytes)} record limit ({RecordFactor} × --max-field-bytes)");

    /// <summary>Why a field is too large, naming the limit and the option that sets it (and the size, when the whole field was seen).</summary>
    public string FieldTooLarge(long bytes, bool complete) => string.Create(CultureInfo.InvariantCulture,
        $"is {(complete ? $"{bytes:N0} bytes, " : "")}over the {Describe(MaxFieldBytes)} limit (--max-field-bytes)");

    /// <summary>The first text field of a ticket over the limit (JSON inputs are checked here; CSV while reading).</summary>
    public (string Field, string Reason)? Oversized(TicketRecord ticket)
    {
        foreach (var (name, text) in (ReadOnlySpan<(string, string?)>)[("subject", ticket.Subject), ("body", ticket.Body), ("customer", ticket.Customer)])
        {
            // A UTF-8 character takes at most 3 bytes per UTF-16 code unit: shorter texts cannot be over the limit.
            if (text is not null && (long)text.Length * 3 > MaxFieldBytes && Encoding.UTF8.GetByteCount(text) is var bytes && bytes > MaxFieldBytes)
            {
                return (name, $"{name} {FieldTooLarge(bytes, complete: true)}");
            }
        }

        return null;
    }

    /// <summary>A size as people say it: 1 MiB, 64 KiB, 1,500 bytes.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1 << 20 when bytes % (1 << 20) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20} MiB"),
        >= 1 << 10 when bytes % (1 << 10) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 10} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"),
    };

    /// <summary>UTF-8 bytes of one UTF-16 code unit (a surrogate pair counts 2 + 2).</summary>
    internal static int Utf8Bytes(char c) => c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
}
