using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rocb.Api.Persistence;

namespace Rocb.Api.Common.Security;

/// <summary>
/// Bearer tokens are self-contained, so on every request the user is looked up again: a disabled user,
/// a changed role or a sign-out (new security stamp) takes effect at once, on every API instance,
/// without any per-user state in memory. The role and Member claims come from the database, not the token.
/// </summary>
public sealed class UserSessionValidation(RocbDbContext db, IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == RocbClaims.ApiKeyId)
            || principal.HasClaim(c => c.Type == RocbClaims.SecurityStamp))
            return principal; // API key, or already validated in this request

        var stampClaim = identity.Value.ClaimsIdentity.SecurityStampClaimType;
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
            return new ClaimsPrincipal(new ClaimsIdentity());
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id, u.UserName, u.SecurityStamp, u.IsDisabled, u.MemberId, u.ExpertId,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
            })
            .SingleOrDefaultAsync();
        if (user is null || user.IsDisabled || user.SecurityStamp != principal.FindFirstValue(stampClaim))
            return new ClaimsPrincipal(new ClaimsIdentity()); // anonymous: the request gets 401

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName ?? ""),
            new(RocbClaims.SecurityStamp, user.SecurityStamp ?? ""),
        };
        claims.AddRange(user.Roles.Where(r => r is not null).Select(r => new Claim(ClaimTypes.Role, r!)));
        if (user.MemberId is { } memberId) claims.Add(new Claim(RocbClaims.MemberId, memberId.ToString()));
        if (user.ExpertId is { } expertId) claims.Add(new Claim(RocbClaims.ExpertId, expertId.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, principal.Identity.AuthenticationType));
    }
}
