using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Host.Application;

namespace Reporting.Host.Api;

/// <summary>The application layer's request errors as problem details: 400 naming the field, 404 for what does not exist.</summary>
public static class ApiProblems
{
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Invalid(InvalidRequestException ex) => Invalid(ex.Field, ex.Message);

    public static ProblemHttpResult NotFound(string message) => TypedResults.Problem(message, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Unavailable(string message) => TypedResults.Problem(message, statusCode: StatusCodes.Status503ServiceUnavailable);
}
