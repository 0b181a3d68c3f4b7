using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.ApiKeys;

public static class ApiKeysEndpoints
{
    public static IEndpointRouteBuilder MapApiKeys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/api-keys").WithTags("API keys").RequirePermission(Permissions.ApiKeysManage);

        group.MapGet("/", List).WithName("listApiKeys").WithSummary("List API keys (without their secrets)").ProducesErrors(400);
        group.MapGet("/scopes", Scopes).WithName("listApiKeyScopes").WithSummary("The scopes an API key can be given");
        group.MapPost("/", Create).WithName("createApiKey")
            .WithSummary("Create an API key; the key is in the response this once only")
            .ProducesErrors(400, 413, 415);
        group.MapDelete("/{id:guid}", Revoke).WithName("revokeApiKey").WithSummary("Revoke an API key").ProducesErrors(404);
        return app;
    }

    private static async Task<Ok<ApiKeyPageDto>> List([AsParameters] ListApiKeys query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<IReadOnlyList<ApiKeyScopeDto>>> Scopes(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListApiKeyScopes(), ct));

    private static async Task<Created<CreatedApiKeyDto>> Create(CreateApiKey command, IMediator mediator, CancellationToken ct)
    {
        var created = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/api-keys/{created.ApiKey.Id}", created);
    }

    private static async Task<NoContent> Revoke(Guid id, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new RevokeApiKey(id), ct);
        return TypedResults.NoContent();
    }
}
