using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.SubRegions;

public static class SubRegionsEndpoints
{
    public static IEndpointRouteBuilder MapSubRegions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sub-regions").WithTags("Sub-regions");

        group.MapGet("/", List).WithName("listSubRegions")
            .WithSummary("List sub-regions with their programme manager and Member count")
            .RequirePermission(Permissions.ReferenceDataRead);
        group.MapGet("/{id:int}", Get).WithName("getSubRegion")
            .WithSummary("Get one sub-region; the ETag header carries its version")
            .ProducesErrors(404)
            .RequirePermission(Permissions.ReferenceDataRead);
        group.MapPost("/", Create).WithName("createSubRegion")
            .WithSummary("Create a sub-region")
            .ProducesErrors(400, 409, 413, 415)
            .RequirePermission(Permissions.ReferenceDataWrite);
        group.MapPut("/{id:int}", Update).WithName("updateSubRegion")
            .WithSummary("Update a sub-region (send If-Match with its ETag)")
            .ProducesErrors(400, 404, 409, 412, 413, 415)
            .RequirePermission(Permissions.ReferenceDataWrite);
        group.MapDelete("/{id:int}", Delete).WithName("deleteSubRegion")
            .WithSummary("Delete a sub-region that has no Members")
            .ProducesErrors(400, 404, 409, 412)
            .RequirePermission(Permissions.ReferenceDataWrite);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SubRegionDto>>> List([AsParameters] ListSubRegions query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<SubRegionDto>> Get(int id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var subRegion = await mediator.Send(new GetSubRegion(id), ct);
        ETags.Set(response, subRegion.Version);
        return TypedResults.Ok(subRegion);
    }

    private static async Task<Created<SubRegionDto>> Create(CreateSubRegion command, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var subRegion = await mediator.Send(command, ct);
        ETags.Set(response, subRegion.Version);
        return TypedResults.Created($"/api/sub-regions/{subRegion.Id}", subRegion);
    }

    private static async Task<Ok<SubRegionDto>> Update(int id, UpdateSubRegion command,
        [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var subRegion = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct);
        ETags.Set(response, subRegion.Version);
        return TypedResults.Ok(subRegion);
    }

    private static async Task<NoContent> Delete(int id, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteSubRegion(id, ETags.ParseIfMatch(ifMatch)), ct);
        return TypedResults.NoContent();
    }
}
