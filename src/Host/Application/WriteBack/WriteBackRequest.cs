namespace Reporting.Host.Application.WriteBack;

/// <summary>One request of a write-back: the action it records (<c>note</c> or <c>tag</c>), method, path under the source's API root and JSON body.</summary>
public sealed record WriteBackRequest(string Action, HttpMethod Method, string Path, string Json)
{
    public const string Note = "note";
    public const string Tag = "tag";
}
