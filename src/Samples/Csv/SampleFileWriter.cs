using System.Text;

namespace Reporting.Samples;

/// <summary>Writes one sample file: UTF-8 without BOM, "\n" line ends, a header line first.</summary>
internal static class SampleFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteCsv(string path, string header, Action<CsvWriter> writeRows)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var text = new StreamWriter(stream, Utf8NoBom, 1 << 16) { NewLine = "\n" };
        var csv = new CsvWriter(text);
        csv.WriteRaw(header + "\n");
        writeRows(csv);
    }

    /// <summary>Opens two CSV files at once (tickets and their events are written in one pass).</summary>
    public static void WriteCsvPair(string firstPath, string firstHeader, string secondPath, string secondHeader, Action<CsvWriter, CsvWriter> writeRows)
    {
        using var firstStream = new FileStream(firstPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var firstText = new StreamWriter(firstStream, Utf8NoBom, 1 << 16) { NewLine = "\n" };
        using var secondStream = new FileStream(secondPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var secondText = new StreamWriter(secondStream, Utf8NoBom, 1 << 16) { NewLine = "\n" };
        var first = new CsvWriter(firstText);
        var second = new CsvWriter(secondText);
        first.WriteRaw(firstHeader + "\n");
        second.WriteRaw(secondHeader + "\n");
        writeRows(first, second);
    }
}
