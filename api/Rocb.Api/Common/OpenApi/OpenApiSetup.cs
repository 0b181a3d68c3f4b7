using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Rocb.Api.Common.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddRocbOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            // DTO records are named ...Dto in code; the contract calls them by their domain name.
            options.CreateSchemaReferenceId = info =>
            {
                var id = OpenApiOptions.CreateDefaultSchemaReferenceId(info);
                return id is not null && id.EndsWith("Dto", StringComparison.Ordinal) ? id[..^3] : id;
            };
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Rocb API",
                    Version = "v1",
                    Description = "Capacity-building management for the WCO Asia/Pacific Regional Office for Capacity Building (ROCB A/P): " +
                                  "reference data, strategic plans and KPIs, activities, needs analysis and expert deployment. " +
                                  "Errors are RFC 9457 ProblemDetails (application/problem+json) with a traceId; " +
                                  "validation errors are keyed by camelCase field path. Lists are paged " +
                                  $"(page, pageSize up to {Paging.Paging.MaxPageSize}, totalCount). Updates accept If-Match with the ETag " +
                                  "of the record and answer 412 when it has changed.",
                };
                // The committed openapi.yaml must not depend on the host that produced it.
                document.Servers = [];
                return Task.CompletedTask;
            });
            // Every ProblemDetails carries the trace id that the logs carry (ServiceRegistration adds it).
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type))
                {
                    schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
                    schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Correlates the error with the server logs." };
                }
                return Task.CompletedTask;
            });
            // Any operation can fail unexpectedly; say so once for all.
            options.AddOperationTransformer((operation, _, _) =>
            {
                operation.Responses ??= new OpenApiResponses();
                if (!operation.Responses.ContainsKey("500"))
                    operation.Responses["500"] = new OpenApiResponse
                    {
                        Description = "Unexpected error (ProblemDetails without internals).",
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/problem+json"] = new()
                            {
                                Schema = new OpenApiSchemaReference("ProblemDetails", null, null),
                            },
                        },
                    };
                return Task.CompletedTask;
            });
        });

    /// <summary>Declares the ProblemDetails responses an endpoint can return.</summary>
    public static RouteHandlerBuilder ProducesErrors(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            if (status == StatusCodes.Status400BadRequest) builder.ProducesValidationProblem();
            else builder.ProducesProblem(status);
        }
        return builder;
    }
}
