namespace Reporting.Samples;

/// <summary>
/// One service of the sample company and the words customers use about it. Area is the name customers see;
/// Components are "Class.Method(args)" frames for stack traces; ConfusedWith lists services customers mix it up with.
/// </summary>
internal sealed record ServiceProfile(
    string Id,
    string Team,
    string Area,
    string Namespace,
    TraceStyle Trace,
    IReadOnlyList<string> Components,
    IReadOnlyList<string> Nouns,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> ConfusedWith,
    double Weight,
    int CadenceWeeks);
