using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.Members;

public static class MembersEndpoints
{
    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/members").WithTags("Members");

        group.MapGet("/", List).WithName("listMembers")
            .WithSummary("List Member administrations (paged, filtered, sorted)")
            .ProducesErrors(400)
            .RequirePermission(Permissions.ReferenceDataRead);
        group.MapGet("/{id:int}", Get).WithName("getMember")
            .WithSummary("Get one Member administration; the ETag header carries its version")
            .ProducesErrors(404)
            .RequirePermission(Permissions.ReferenceDataRead);
        group.MapPost("/", Create).WithName("createMember")
            .WithSummary("Create a Member administration")
            .ProducesErrors(400, 409, 413, 415)
            .RequirePermission(Permissions.ReferenceDataWrite);
        group.MapPut("/{id:int}", Update).WithName("updateMember")
            .WithSummary("Update a Member administration (send If-Match with its ETag to avoid overwriting someone else's change)")
            .ProducesErrors(400, 404, 409, 412, 413, 415)
            .RequirePermission(Permissions.ReferenceDataWrite);
        group.MapDelete("/{id:int}", Delete).WithName("deleteMember")
            .WithSummary("Delete a Member administration that no other record refers to")
            .ProducesErrors(400, 404, 409, 412)
            .RequirePermission(Permissions.ReferenceDataWrite);
        group.MapGet("/{id:int}/focal-points", FocalPoints).WithName("listMemberFocalPoints")
            .WithSummary("The focal points of a Member administration (personal data: Staff, Administrators and its own focal points)")
            .RequirePermission(Permissions.FocalPointsRead)
            .ProducesErrors(404);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<FocalPointDto>>> FocalPoints(int id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListFocalPoints(id), ct));

    private static async Task<Ok<MemberPageDto>> List([AsParameters] ListMembers query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<MemberDto>> Get(int id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var member = await mediator.Send(new GetMember(id), ct);
        ETags.Set(response, member.Version);
        return TypedResults.Ok(member);
    }

    private static async Task<Created<MemberDto>> Create(CreateMember command, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var member = await mediator.Send(command, ct);
        ETags.Set(response, member.Version);
        return TypedResults.Created($"/api/members/{member.Id}", member);
    }

    private static async Task<Ok<MemberDto>> Update(int id, UpdateMember command,
        [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var member = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct);
        ETags.Set(response, member.Version);
        return TypedResults.Ok(member);
    }

    private static async Task<NoContent> Delete(int id, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteMember(id, ETags.ParseIfMatch(ifMatch)), ct);
        return TypedResults.NoContent();
    }
}
