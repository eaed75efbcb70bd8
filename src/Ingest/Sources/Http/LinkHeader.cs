using System.Net.Http.Headers;

namespace Reporting.Ingest.Sources.Http;

/// <summary>Reads RFC 8288 <c>Link</c> headers as GitHub sends them: <c>&lt;url&gt;; rel="next", &lt;url&gt;; rel="last"</c>.</summary>
public static class LinkHeader
{
    public static Uri? Find(HttpResponseHeaders headers, string relation)
    {
        if (!headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            foreach (var link in value.Split(','))
            {
                var parts = link.Split(';');
                var target = parts[0].Trim();
                if (target.Length < 2 || target[0] != '<' || target[^1] != '>')
                {
                    continue;
                }

                foreach (var parameter in parts.Skip(1))
                {
                    var kv = parameter.Split('=', 2);
                    if (kv.Length == 2 && kv[0].Trim().Equals("rel", StringComparison.OrdinalIgnoreCase)
                        && kv[1].Trim().Trim('"').Split(' ').Contains(relation, StringComparer.OrdinalIgnoreCase))
                    {
                        return Uri.TryCreate(target[1..^1], UriKind.Absolute, out var uri) ? uri : null;
                    }
                }
            }
        }

        return null;
    }
}
