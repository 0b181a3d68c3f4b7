using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Auth;

public sealed record GetCurrentUser : IQuery<CurrentUserDto>;

internal sealed class GetCurrentUserHandler(RocbDbContext db, CurrentUser current) : IRequestHandler<GetCurrentUser, CurrentUserDto>
{
    public async Task<CurrentUserDto> Handle(GetCurrentUser request, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == current.UserId)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.MemberId, MemberCode = u.Member!.Code, MemberName = u.Member.Name, u.ExpertId,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("User", "current");
        var role = user.Role ?? "";
        return new CurrentUserDto(user.Id, user.Email ?? "", user.DisplayName, role, user.MemberId, user.MemberCode, user.MemberName,
            user.ExpertId, Permissions.All.Where(p => p.Roles.Contains(role)).Select(p => p.Name).ToList());
    }
}
