using MediatR;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.Auth;

/// <summary>
/// Sign-in issues a bearer token (send it as "Authorization: Bearer &lt;accessToken&gt;") and a refresh token.
/// Tokens are protected with the data-protection keys kept in PostgreSQL, so every API instance accepts them.
/// </summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Sign-in");

        group.MapPost("/sign-in", SignIn).WithName("signIn").AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignInPolicy)
            .WithSummary("Sign in with email and password; returns a bearer token and a refresh token")
            .Produces<AccessTokenResponse>().ProducesErrors(400, 401, 415);
        group.MapPost("/refresh", Refresh).WithName("refreshSession").AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignInPolicy)
            .WithSummary("Exchange a refresh token for new tokens")
            .Produces<AccessTokenResponse>().ProducesErrors(400, 401, 415);
        group.MapPost("/sign-out", SignOut).WithName("signOut").RequirePermission(Permissions.SignedIn)
            .WithSummary("Sign out everywhere: every token of the caller stops working");
        group.MapGet("/me", Me).WithName("getCurrentUser").RequirePermission(Permissions.SignedIn)
            .WithSummary("Who is signed in, with role, bound Member and permissions");
        group.MapPost("/change-password", ChangePassword).WithName("changePassword").RequirePermission(Permissions.SignedIn)
            .WithSummary("Change your own password (your other sessions end)")
            .ProducesErrors(400, 415);
        return app;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> SignIn(SignIn request, IMediator mediator, CancellationToken ct) =>
        Issue(await mediator.Send(request, ct));

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(RefreshSession request, IMediator mediator, CancellationToken ct) =>
        Issue(await mediator.Send(request, ct));

    // The bearer-token handler writes the AccessTokenResponse body when it signs the principal in.
    private static Results<SignInHttpResult, ProblemHttpResult> Issue(SignInOutcome outcome) =>
        outcome.Principal is { } principal
            ? TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme)
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.", detail: outcome.Failure);

    private static async Task<NoContent> SignOut(IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new SignOut(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CurrentUserDto>> Me(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCurrentUser(), ct));

    private static async Task<NoContent> ChangePassword(ChangePassword request, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(request, ct);
        return TypedResults.NoContent();
    }
}
