using static Reporting.Analytics.Readiness.ReadinessCue;

namespace Reporting.Analytics.Readiness;

/// <summary>
/// Version or build: the affected-versions field, or a version written in the text ("version 3.2", "2.7.1",
/// "build 1234", "hadoop-2.6", "branch-2", "r1234567"). Four-part numbers are taken for addresses, not versions,
/// unless a word like "version" comes first.
/// </summary>
public sealed class VersionOrBuildDetector : CueDetector
{
    private static readonly IReadOnlyList<ReadinessCue> Table =
    [
        new("version named", Rx(@"\b(version|ver\.?|release|rel|build|revision|rev|firmware|update)\s*[:#=]?\s*v?\d+([._]\d+)+[\w.-]*|\bv\d+(\.\d+)+\b|\bbuild\s*(no\.?|number|#)?\s*\d{3,}\b|\b(svn\s*)?r\d{5,}\b")),
        new("product and version", Rx(@"\b(hadoop|cdh|hdp|emr|hdinsight|spark|hive|hbase|kafka|zookeeper|app|application|client|server|plugin|agent|release)[ -]v?\d+(\.\d+)+[\w.-]*|\bbranch-\d+(\.\d+)*")),
        new("version number", Rx(@"(?<![\w.:/\\-])\d{1,2}\.\d{1,3}\.\d{1,4}([-.]?(alpha|beta|rc|snapshot|final|ga|m)\d*)?(?![\w.]*\.\d)(?![\d:])")),
    ];

    public override ReadinessItem Item => ReadinessItem.VersionOrBuild;

    public override IReadOnlyList<ReadinessCue> Cues => Table;

    public override ReadinessCheck Check(ReadinessText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AffectedVersions.Count > 0
            ? new ReadinessCheck(Item, true, "affected versions field", Quote(string.Join(", ", text.AffectedVersions)))
            : base.Check(text);
    }
}
