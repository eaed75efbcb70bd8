namespace Reporting.Host.Tests.Application.Operations;

/// <summary>A tickets CSV with one good row and three a reader must reject: markup, an e-mail address, and a 3,000-character body.</summary>
internal static class RejectsInput
{
    public const string Markup = "<b>bold</b> & <script>alert(1)</script>";

    public static string Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "uploads.csv");
        File.WriteAllText(path,
            "id,created_at,subject,body\n" +
            $"T-1,not a date,Login fails,{Markup}\n" +
            "T-2,2026-11-20T10:00:00Z,Fine,works\n" +
            "T-3,yesterday,Huge," + new string('x', 3000) + "\n" +
            "T-4,someday,Mail,write to jane.doe@example.com\n");
        return path;
    }
}
