namespace Reporting.Host.Application.Webhooks;

/// <summary>How a delivery was answered: <see cref="Accepted"/> 202, <see cref="Ignored"/> 200, <see cref="Duplicate"/> 409,
/// <see cref="Unauthorized"/> 401, <see cref="UnknownSource"/> 404, <see cref="Unmappable"/> 400.</summary>
public enum WebhookAnswerKind
{
    Accepted,
    Ignored,
    Duplicate,
    Unauthorized,
    UnknownSource,
    Unmappable,
}

/// <summary>The answer to one delivery, with the reason a sender's log will show.</summary>
public sealed record WebhookAnswer(WebhookAnswerKind Kind, string Detail, string? DeliveryId = null);
