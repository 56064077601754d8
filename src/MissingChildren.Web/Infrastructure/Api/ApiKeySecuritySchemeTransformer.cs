using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MissingChildren.Web.Infrastructure.Api;

/// <summary>
/// Declares the <c>ApiKey</c> security scheme (an <c>X-Api-Key</c> header) and requires it on every operation under
/// <c>/api</c>, so generated clients and the document's readers know to send the key.
/// </summary>
public sealed class ApiKeySecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // AddComponent also registers the scheme with the document's workspace, so the reference below resolves: a
        // requirement whose reference does not resolve is written as {}, which means "no credentials needed".
        document.AddComponent(ApiKeyDefaults.AuthenticationScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyDefaults.HeaderName,
            Description = "The integration client's key, issued by the council.",
        });

        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(ApiKeyDefaults.AuthenticationScheme, document)] = [],
                });
            }
        }

        return Task.CompletedTask;
    }
}
