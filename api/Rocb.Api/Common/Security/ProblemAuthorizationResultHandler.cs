using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace Rocb.Api.Common.Security;

/// <summary>401 and 403 as ProblemDetails that say why (e.g. "The API key has expired.", which permission is missing).</summary>
public sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        // A token whose session ended (sign-out, disabled user) leaves an anonymous principal: that is a 401, not a 403.
        if (authorizeResult.Challenged || (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true))
        {
            var failure = authorizeResult.Challenged
                ? (await context.AuthenticateAsync()).Failure?.Message
                : "Your session has ended (signed out, password or role changed, or account disabled): sign in again.";
            await Write(context, StatusCodes.Status401Unauthorized, "Authentication required.",
                failure ?? "Sign in (Authorization: Bearer <token> from POST /api/auth/sign-in) or send an API key in X-Api-Key.");
            return;
        }
        if (authorizeResult.Forbidden)
        {
            var permission = context.GetEndpoint()?.Metadata.GetMetadata<Permission>();
            await Write(context, StatusCodes.Status403Forbidden, "Not allowed.",
                permission is null ? "You may not do this." : $"This needs the permission '{permission.Name}': {permission.Description}");
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private async Task Write(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
            context.Response.Headers.WWWAuthenticate = "Bearer, ApiKey";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
