using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Rocb.Api.Common.Security;

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
                                  "of the record and answer 412 when it has changed. To call the API here: POST /api/auth/sign-in, then Authorize " +
                                  "with its accessToken as the bearer token; integration clients send an API key (X-Api-Key). " +
                                  "Each operation's description names the permission it needs.",
                };
                // The committed openapi.yaml must not depend on the host that produced it.
                document.Servers = [];
                AddSecuritySchemes(document);
                return Task.CompletedTask;
            });
            // Every ProblemDetails carries the trace id that the logs carry (ServiceRegistration adds it).
            options.AddSchemaTransformer((schema, context, _) =>
            {
                // Free-form JSON objects (audit before/after values) may have any properties.
                if (context.JsonTypeInfo.Type == typeof(System.Text.Json.Nodes.JsonObject))
                    schema.AdditionalProperties = new OpenApiSchema();
                // An enum's shared schema is built from whichever use the generator meets first; when that is a nullable property it
                // wrongly puts null among the enum's values. Nullable properties say "null or the enum" themselves, so keep the enum clean.
                if (Nullable.GetUnderlyingType(context.JsonTypeInfo.Type)?.IsEnum == true && schema.Enum is { } values)
                {
                    schema.Enum = values.Where(v => v is not null).ToList();
                    if (schema.Type is { } type) schema.Type = type & ~JsonSchemaType.Null;
                }
                if (typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type))
                {
                    schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
                    schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Correlates the error with the server logs." };
                }
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                operation.Responses ??= new OpenApiResponses();
                // Who may call it: the permission, its roles and API-key scope, and the 401/403 that follow.
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Permission>().LastOrDefault() is { } permission)
                {
                    operation.Description = $"Requires **{permission.Name}**: roles {string.Join(", ", permission.Roles)}" +
                                            (permission.Scope is null ? "; not available to API keys." : $"; API keys with scope {permission.Scope}.");
                    // References resolve against the document, so the schemes must be in it already.
                    var document = context.Document ?? throw new InvalidOperationException("The operation has no document.");
                    AddSecuritySchemes(document);
                    operation.Security =
                    [
                        new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document, null)] = [] },
                        .. permission.Scope is null ? Array.Empty<OpenApiSecurityRequirement>() :
                            [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document, null)] = [] }],
                    ];
                    Problem(operation, "401", "Not signed in, or the token or API key is invalid, expired or revoked.");
                    Problem(operation, "403", "Signed in, but the role or the API key's scopes do not allow it.");
                }
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Http.CsvBody.RequestBody>().Any())
                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Description = "The CSV text (Content-Type: text/csv).",
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            [Http.CsvBody.ContentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                        },
                    };
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Spreadsheets.SpreadsheetBody.RequestBody>().Any())
                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Description = "The spreadsheet: CSV text (Content-Type: text/csv) or an XLSX workbook.",
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            [Http.CsvBody.ContentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                            [Spreadsheets.XlsxReader.ContentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                        },
                    };
                Problem(operation, "429", "Too many requests; see Retry-After.");
                // Any operation can fail unexpectedly; say so once for all.
                Problem(operation, "500", "Unexpected error (ProblemDetails without internals).");
                return Task.CompletedTask;
            });
        });

    private const string BearerScheme = "bearer";
    private const string ApiKeyScheme = "apiKey";

    private static void AddSecuritySchemes(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "The accessToken from POST /api/auth/sign-in.",
        });
        document.Components.SecuritySchemes.TryAdd(ApiKeyScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key",
            Description = "An API key created by an administrator (integration clients).",
        });
    }

    private static void Problem(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status)) return;
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", null, null) },
            },
        };
    }

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
