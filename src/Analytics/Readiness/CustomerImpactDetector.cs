using static Reporting.Analytics.Readiness.ReadinessCue;

namespace Reporting.Analytics.Readiness;

/// <summary>
/// Customer impact: who is hit and how badly: users or customers affected or blocked, production, an outage, lost or
/// corrupted data, a service that crashes or cannot start, jobs failing, a measured slowdown, a security exposure, or a
/// severity word. A cue right after a negation ("does not affect users") does not count.
/// </summary>
public sealed class CustomerImpactDetector : CueDetector
{
    private static readonly IReadOnlyList<ReadinessCue> Table =
    [
        new("people affected", Rx(@"\b(all|many|several|most|some|multiple|lots\s+of|hundreds\s+of|thousands\s+of|\d[\d,]*)\s+(of\s+(our|the|my)\s+)?(users|customers|clients|tenants|teams|people|staff|employees|agents|accounts|colleagues|sites|stores|offices)\b"
                                   + @"|\b(customers?|clients?|users?|everyone|everybody|nobody|staff|the\s+whole\s+team|our\s+team)\s+(are\s+|is\s+|were\s+|was\s+)?(affected|impacted|blocked|unable|complaining|cannot|can't|can\s+not)\b"
                                   + @"|\b(affects?|affecting|impacts?|impacting)\s+(all|many|several|every|our|the)?\s*(users|customers|clients|everyone|production|jobs)\b"), UnlessNegated: true),
        new("production or outage", Rx(@"\b(production|prod|live\s+site|outage|downtime|service\s+(is\s+)?down|site\s+(is\s+)?down|system\s+(is\s+)?down)\b"), UnlessNegated: true),
        new("data lost or corrupted", Rx(@"\bdata\s+(loss|lost|corruption)\b|\b(lose|loses|losing|lost)\s+(all\s+|the\s+|their\s+|our\s+)?(data|files|blocks|work|output|records|emails|orders)\b|\bcorrupt(s|ed|ion)?\b|\bmissing\s+blocks\b"), UnlessNegated: true),
        new("down or cannot start", Rx(@"\b(crash|crashes|crashed|crashing)\b|\b(can(no|')t|could\s+not|fails?\s+to|failed\s+to|unable\s+to|won't|will\s+not|not\s+be\s+able\s+to|didn't|did\s+not)\s+(be\s+able\s+to\s+)?(start|startup|restart|boot|come\s+up|log\s*in|sign\s+in|work)\b"
                                        + @"|\b(exited|went\s+down|goes\s+down)\b|\b(jobs?|applications?|apps?|queries|payments?|orders?|logins?)\s+(are\s+|were\s+)?(fail|fails|failed|failing|stuck|hang|hangs|lost)\b"), UnlessNegated: true),
        new("slowdown measured", Rx(@"\b\d+(\.\d+)?\s*x\s+(slower|faster|longer|more)\b|\b\d+x\b|\bslow(s|ed)?\s+down\b|\b(slower|slowdown|latency|took|takes|taking)\b[^.\n]{0,40}\b(minutes|hours|days|times)\b|\b(many|several)\s+minutes\b"), UnlessNegated: true),
        new("security exposure", Rx(@"\b(security\s+(hole|issue|risk|vulnerability|breach|problem)|vulnerab\w+|exploit\w*|unauthori[sz]ed|privilege\s+escalation|cve-\d+|data\s+leak|leaks?\s+(credentials|passwords|tokens))\b"), UnlessNegated: true),
        new("severity or blocked work", Rx(@"\b(blocker|critical|urgent|showstopper|sev[ -]?[12]|severity\s*[12]|p1|high\s+priority|revenue|sla|deadline|unblock|starv\w+|broke|now\s+broken)\b"
                                            + @"|\b(impossible|no\s+way)\s+to\s+(roll\s*back|recover|undo|restore)\b|\b(stuck|stays?|hangs?|hung|waits?)\b[^.\n]{0,40}\bforever\b|\bblock(s|ed|ing)\s+(us|me|our|the\s+team|the\s+release|release|work|users|deployment|customers)\b|\b(can't|cannot|unable\s+to)\s+(work|do\s+my\s+job|proceed)\b"), UnlessNegated: true),
    ];

    public override ReadinessItem Item => ReadinessItem.CustomerImpact;

    public override IReadOnlyList<ReadinessCue> Cues => Table;
}
