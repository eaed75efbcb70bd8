using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Host.Application.Webhooks;

namespace Reporting.Host.Api;

/// <summary>
/// <c>POST /api/webhooks/{source}</c>: deliveries from Zendesk, Jira and GitHub. Anonymous at the API-key layer: the signature
/// made with the source's webhook secret is the credential. 202 queued, 200 ignored (no ticket in the event), 400 unmappable
/// (kept as a reject), 401 bad, missing or stale signature, 404 no such source with a secret, 409 a replayed delivery id,
/// 413 a body over 1 MB.
/// </summary>
public static class WebhookEndpoints
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webhooks/{source}", ReceiveDelivery)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Webhooks")
            .WithSummary("A signed webhook delivery from Zendesk, Jira or GitHub: the ticket is stored through the writer and gets its owner suggestion");
        return app;
    }

    public static async Task<Results<JsonHttpResult<WebhookReceipt>, ProblemHttpResult>> ReceiveDelivery(
        string source, HttpRequest request, ReceiveWebhook receive, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        var answer = await receive.RunAsync(source, name => request.Headers.TryGetValue(name, out var v) ? v.ToString() : null,
            buffer.ToArray(), cancellationToken);
        return answer.Kind switch
        {
            WebhookAnswerKind.Accepted => TypedResults.Json(new WebhookReceipt("queued", answer.DeliveryId, answer.Detail), statusCode: StatusCodes.Status202Accepted),
            WebhookAnswerKind.Ignored => TypedResults.Json(new WebhookReceipt("ignored", answer.DeliveryId, answer.Detail)),
            WebhookAnswerKind.Duplicate => TypedResults.Problem(answer.Detail, statusCode: StatusCodes.Status409Conflict, title: "duplicate"),
            WebhookAnswerKind.Unauthorized => TypedResults.Problem(answer.Detail, statusCode: StatusCodes.Status401Unauthorized),
            WebhookAnswerKind.UnknownSource => TypedResults.Problem(answer.Detail, statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.Problem(answer.Detail, statusCode: StatusCodes.Status400BadRequest),
        };
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"A webhook body is at most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
}

/// <summary>What a sender's delivery log shows for an accepted or ignored delivery.</summary>
public sealed record WebhookReceipt(string Status, string? DeliveryId, string Detail);
