namespace Reporting.Host.Application.Digests;

/// <summary>A team's capacity chart as a PNG carried inside the message and shown by its <c>cid:</c> reference.</summary>
public sealed record DigestEmailChart(string Team, string ContentId, string FileName, byte[] Png, string Description)
{
    public string Source => "cid:" + ContentId;
}
