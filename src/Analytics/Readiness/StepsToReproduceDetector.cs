using static Reporting.Analytics.Readiness.ReadinessCue;

namespace Reporting.Analytics.Readiness;

/// <summary>
/// Steps to reproduce: an explicit "steps to reproduce" section, a numbered list of actions, a command or shell session,
/// the reporter telling what they did ("when I click…", "I ran…"), a failing test named, or a page or URL to open.
/// </summary>
public sealed class StepsToReproduceDetector : CueDetector
{
    private const string Actions =
        "run|ran|running|click|clicked|clicking|try|tried|trying|open|opened|opening|submit|submitted|start|started|restart|restarted|"
        + "launch|launched|execute|executed|set|type|typed|enter|entered|upload|uploaded|log\\s+in|logged\\s+in|login|go|went|navigate|"
        + "navigated|select|selected|press|pressed|create|created|delete|deleted|add|added|change|changed|use|used|call|called|access|"
        + "accessed|load|loaded|copy|copied|kill|killed|hit|save|saved|send|sent|install|installed|upgrade|upgraded|configure|configured|"
        + "import|imported|export|exported|print|printed|edit|edited|sign\\s+in|signed\\s+in|refresh|refreshed|reboot|rebooted|enable|disable|set\\s+up|setup|make|include|revert|wait|"
        + "check|stop|mount|write|read|put|get|remove|apply|deploy|schedule|assign|fill|choose|scroll|insert|book|pay";

    private static readonly IReadOnlyList<ReadinessCue> Table =
    [
        new("steps section", Rx(@"\b(steps?\s+to\s+(reproduce|repro|recreate|replicate)|how\s+to\s+(reproduce|repro)|to\s+reproduce\b|repro(duction)?\s+steps|"
                                + @"reproduc(ible|ed)\s+(with|by|using|when|if)|(can\s+be\s+)?replicated\s+(with|by|using)|(test\s+)?scenario\s*:|test\s+scenario|test\s+case\s*[-:]|testing\s+details|test\s+setup|^\W*str\s*:|^\W*steps\s*:)")),
        new("numbered actions", Rx(@"^\s*(1[.)]|#|step\s*1\s*[:.)-]?)\s+(\w+\s+){0,2}?(" + Actions + @")\b[^\n]*\n(\s*\n)?\s*(2[.)]|#|step\s*2)")),
        new("shell command", Rx(@"^\s*(\[[^\]\r\n]{1,40}\]|[\w.@~:/-]{0,40})[$%]\s+[a-z./]|^\s*[\w.-]+@[\w.-]+:\S{0,40}[>$#]\s+[a-z./]"
                                + @"|^\s*(sudo|curl|wget|mvn|ant|gradle|docker|kubectl|git|npm|pip|java\s+-|python\d?|bin/\S+|sbin/\S+|\./\S+|/usr/\S+/bin/\S+)\s+\S")),
        new("product command", Rx(@"^\s*(hadoop|hdfs|yarn|mapred|hive|spark-submit|kafka-\w+|psql|mysql)\s+(-|[a-z]+\s)", caseSensitive: true)),
        new("what the reporter did", Rx(@"\b(when|if|after|once|whenever|each\s+time|every\s+time)\s+(i|we|you|the\s+user|a\s+user|users?|the\s+customer|a\s+customer)\s+(\w+\s+){0,2}?(" + Actions + @")\b"
                                        + @"|\b(i|we)\s+(just\s+|then\s+|have\s+|had\s+|first\s+)?(ran|tried|clicked|opened|started|restarted|launched|executed|typed|went\s+to|navigated|submitted|configured|set|installed|upgraded|loaded|copied|killed|created|deleted|uploaded|logged\s+in|signed\s+in|pressed|selected|entered|called|ran\s+into)\b"
                                        + @"|\b(i|we)\s+(am|are|was|were)\s+(running|using|trying|executing|submitting|starting|calling|loading|copying|uploading)\b|\b(i|we)\s+(then\s+)?(run|try|click|open|start|configure|submit|execute|type|enter|launch|install|upgrade)\s+(the\s+|a\s+|an\s+)?\w"
                                        + @"|\b(i|we)\s+(decided|wanted|needed|tried|attempted)\s+to\s+\w|\bwhile\s+(starting|running|executing|submitting|loading|opening|saving|uploading|compiling|building|using|reading|writing|copying)\b"
                                        + @"|\b(suppose|supposing|assume|assuming|imagine)\s+(that\s+)?(a|an|the|this|we|you|i)\b|\b(for\s+example|e\.?g\.?),?\s+(if|when)\b"
                                        + @"|\b(when|while)\s+(trying|attempting)\s+to\b|\bduring\s+(the\s+|a\s+)?(restart|upgrade|startup|shutdown|failover|installation|install|migration|deployment)\b"
                                        + @"|\bwhen\s+(the\s+|a\s+)?[\w-]+\s+(is|was|are|were|gets|got)\s+(run|started|restarted|submitted|executed|called|opened|killed|enabled|disabled|set|specified|used|clicked|uploaded|deleted|created)\b"
                                        + @"|^\W*(set|run|start|open|click|create|submit|go\s+to|launch|execute|call|configure|enable|disable|install|restart|kill|add|delete|upload|log\s+in|type|enter|select|navigate\s+to)\s+[^\n]{1,80}?(\bthen\b|,\s*(try|run|click|open|start|call|submit|get|see|observe|check|wait|go)\b)")),
        new("failing test", Rx(@"\b(Test[A-Z]\w*|test[A-Z]\w*|[A-Z]\w*Test)\b[^\n.]{0,80}?\b(fail|fails|failed|failing|failures?|timed?\s*out|times\s+out|hang|hangs|deadlock|broken)\b"
                               + @"|\b(fail|fails|failed|failing|failures?)\b[^\n.]{0,40}?\b(Test[A-Z]\w*|test[A-Z]\w*)\b|^\s*(Failed\s+tests|Tests\s+in\s+error)\s*:", caseSensitive: true), InRawText: true),
        new("page or address to open", Rx(@"\b(visit|visiting|open|opening|go\s+to|going\s+to|navigate\s+to|browse|browsing|access|accessing|load|loading)\s+(the\s+)?(url|page|link|screen|https?://)"
                                          + @"|\b(on|at|from)\s+(the\s+)?(web\s+ui|ui|page|screen)\b[^\n]{0,40}https?://|^\s*https?://\S+\s*$|\b(at|on|page|link|visit|url)\b[^\n]{0,30}https?://")),
        new("triggering call or setting", Rx(@"\b(calling|invoking|enabling|disabling|setting|submitting|running|starting|restarting|specifying|using|compiling|building|hitting|pressing|clicking|typing|opening|uploading|importing)\s+[^.\n]{1,60}?\b(causes|caused|results\s+in|leads\s+to|fails|breaks|gives|throws|returns)\b"
                                             + @"|\bcalling\s+[\w.]+\(")),
    ];

    public override ReadinessItem Item => ReadinessItem.StepsToReproduce;

    public override IReadOnlyList<ReadinessCue> Cues => Table;
}
