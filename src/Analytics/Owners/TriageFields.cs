namespace Reporting.Analytics.Owners;

/// <summary>Which values of priority, type and tags an owner model learns from.</summary>
public enum TriageFields
{
    /// <summary>As filed where the data records field history (rolled back from its changes); else left out.</summary>
    Auto,

    /// <summary>Left out: the model reads subject, body, product and channel only.</summary>
    None,

    /// <summary>Rolled back to filing from the recorded changes (tickets without changes keep their values).</summary>
    AsFiled,

    /// <summary>As the export shows them, after triage: leaks what triagers learnt later; for measuring that lift.</summary>
    AsExported,
}
