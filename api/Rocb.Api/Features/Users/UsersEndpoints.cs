using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.Users;

public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequirePermission(Permissions.UsersManage);

        group.MapGet("/", List).WithName("listUsers").WithSummary("List users (paged, filtered by text, role or Member)")
            .ProducesErrors(400);
        group.MapGet("/{id:guid}", Get).WithName("getUser").WithSummary("Get one user").ProducesErrors(404);
        group.MapPost("/", Create).WithName("createUser").WithSummary("Create a user with a role and an initial password")
            .ProducesErrors(400, 409, 413, 415);
        group.MapPut("/{id:guid}", Update).WithName("updateUser")
            .WithSummary("Change a user's name, role, binding or disabled state (its sessions end when role, binding or state change)")
            .ProducesErrors(400, 404, 409, 413, 415);
        group.MapPost("/{id:guid}/password", ResetPassword).WithName("resetUserPassword")
            .WithSummary("Set a new password for a user and lift a lockout (its sessions end)")
            .ProducesErrors(400, 404, 413, 415);
        return app;
    }

    private static async Task<Ok<UserPageDto>> List([AsParameters] ListUsers query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<UserDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetUser(id), ct));

    private static async Task<Created<UserDto>> Create(CreateUser command, IMediator mediator, CancellationToken ct)
    {
        var user = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/users/{user.Id}", user);
    }

    private static async Task<Ok<UserDto>> Update(Guid id, UpdateUser command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    private static async Task<NoContent> ResetPassword(Guid id, ResetUserPassword command, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(command with { Id = id }, ct);
        return TypedResults.NoContent();
    }
}
