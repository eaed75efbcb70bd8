namespace Reporting.Testing.FakeApis;

/// <summary>Which Jira the fake plays: Cloud (REST v3, <c>/search/jql</c>, ADF text) or Server/Data Center (REST v2, <c>/search</c>).</summary>
public enum JiraMode
{
    Cloud,
    Server,
}
