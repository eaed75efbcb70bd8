using static Reporting.Analytics.Readiness.ReadinessCue;

namespace Reporting.Analytics.Readiness;

/// <summary>
/// Environment: an "Environment:" line, an operating system, a Java runtime, a browser or device, a processor
/// architecture, or the setup it runs on (a 300-node cluster, a secure cluster, production, a distribution or cloud).
/// </summary>
public sealed class EnvironmentDetector : CueDetector
{
    private static readonly IReadOnlyList<ReadinessCue> Table =
    [
        new("environment line", Rx(@"^\s*\W{0,3}(environment|env|os|operating\s+system|platform|browser|device|setup|configuration)\W{0,3}\s*:")),
        new("operating system", Rx(@"\b(windows(\s+(xp|vista|7|8|8\.1|10|11|server(\s+\d{4})?))?|win(7|8|10|11|32|64)|linux|ubuntu|centos|rhel|red\s*hat|debian|fedora|suse|sles|mac\s*os(\s*x)?|macos|os\s*x|osx|solaris|freebsd|aix|hp-ux|cygwin|ios|android|chrome\s*os)(\s?\d+(\.\d+)*)?\b")),
        new("runtime", Rx(@"(?<![\w./])(jdk|jre|openjdk|java|jvm|\.net|dotnet|node(\.js)?|python)\s*-?v?\d+(\.\d+)*\b|\bjava\s+version\b|\s-Xmx\d+[mMgG]\b")),
        new("browser or device", Rx(@"\b(chrome|firefox|safari|internet\s+explorer|ie\s?(8|9|10|11)|microsoft\s+edge|edge\s+browser|opera|iphone|ipad|android\s+(phone|tablet)|laptop|desktop\s+(pc|app)|macbook|tablet|smartphone|mobile\s+app)\b")),
        new("architecture", Rx(@"\b(32|64)[- ]?bit\b|\bx86(_64)?\b|\bamd64\b|\barm64\b|\baarch64\b|\bppc64\w*\b|\bpower\s+(platform|pc|[789])\b|\bvirtual\s+machines?\b|\b\d+\s*(gb|tb)\s+(of\s+)?(ram|memory)\b")),
        new("cluster or deployment", Rx(@"\b\d[\d,]*[- ]?(node|slave|server|host|machine|broker|datanode)s?\s+(cluster|setup|deployment)\b|\bon\s+\d[\d,]*\s+(nodes|servers|hosts|machines)\b"
                                         + @"|\b(secure|secured|kerberi[sz]ed|ha|federated|large|big|production|prod|staging|multi-node|single-node|pseudo-distributed)\s+(cluster|environment|env|mode|setup|deployment)s?\b"
                                         + @"|\b(in|on)\s+(a|an)\s+(secure|ha|kerberi[sz]ed)\b")),
        new("distribution or cloud", Rx(@"\b(cdh|hdp|emr|dataproc|hdinsight|ambari|cloudera|hortonworks|mapr|aws|ec2|gcp|google\s+cloud|openstack|rackspace|kubernetes|k8s|docker|vmware|citrix|tomcat|catalina|websphere|weblogic|iis)\b")),
    ];

    public override ReadinessItem Item => ReadinessItem.Environment;

    public override IReadOnlyList<ReadinessCue> Cues => Table;
}
