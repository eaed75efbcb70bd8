using Reporting.Warehouse;

namespace Reporting.Host.Email;

/// <summary>The message was certainly not handed over; retrying (through Hangfire's backoff) is safe.</summary>
public sealed class DeliveryRetryException(string message, Exception inner) : UserInputException(message, inner);
