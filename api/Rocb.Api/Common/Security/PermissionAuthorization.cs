using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Rocb.Api.Common.Security;

public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

/// <summary>A user has a permission through its role; an API key through its scopes.</summary>
public sealed class PermissionAuthorizationHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return Task.CompletedTask;
        var permission = requirement.Permission;
        var allowed = user.HasClaim(c => c.Type == RocbClaims.ApiKeyId)
            ? permission.Scope is not null && user.HasClaim(RocbClaims.Scope, permission.Scope)
            : permission.Roles.Any(user.IsInRole);
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

public static class PermissionEndpointExtensions
{
    /// <summary>Requires the permission; records the rule on the endpoint for the OpenAPI document.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(permission.Name).WithMetadata(permission);

    public static AuthorizationOptions AddPermissionPolicies(this AuthorizationOptions options)
    {
        foreach (var permission in Permissions.All)
            options.AddPolicy(permission.Name, p => p.AddRequirements(new PermissionRequirement(permission)));
        return options;
    }
}

/// <summary>The caller as handlers see it, for row-level rules.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid? UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) && !IsApiKey ? id : null;
    public bool IsApiKey => Principal.HasClaim(c => c.Type == RocbClaims.ApiKeyId);
    public bool IsInRole(string role) => !IsApiKey && Principal.IsInRole(role);
    public bool IsStaffOrAdministrator => IsInRole(Roles.Administrator) || IsInRole(Roles.Staff);
    public int? MemberId => int.TryParse(Principal.FindFirstValue(RocbClaims.MemberId), out var id) ? id : null;
    /// <summary>For an expert: the expert profile it is bound to.</summary>
    public int? ExpertId => int.TryParse(Principal.FindFirstValue(RocbClaims.ExpertId), out var id) ? id : null;
}
