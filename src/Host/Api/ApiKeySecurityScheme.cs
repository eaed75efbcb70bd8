using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Reporting.Host.Api;

/// <summary>Declares in the OpenAPI document how a client authenticates: the <c>X-Api-Key</c> header or a Bearer key, required on every operation under /api.</summary>
public sealed class ApiKeySecurityScheme : IOpenApiDocumentTransformer
{
    public const string HeaderScheme = "ApiKey";
    public const string BearerScheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[HeaderScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "A key from `reporting apikey new`, configured by its SHA-256 in Api:Keys:N:Sha256 with an optional Role (viewer, triager, admin).",
        };
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The same key as `Authorization: Bearer KEY`.",
        };

        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(HeaderScheme, document)] = [] });
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
            }
        }

        return Task.CompletedTask;
    }
}
