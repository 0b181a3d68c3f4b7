using Microsoft.EntityFrameworkCore;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Users;

/// <summary>The projection of users (with their one role and bound Member) shared by the user queries.</summary>
internal static class UserQueries
{
    public static IQueryable<UserDto> Project(RocbDbContext db, DateTimeOffset now) =>
        db.Users.AsNoTracking().Select(u => new UserDto(
            u.Id, u.Email ?? "", u.DisplayName,
            db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault() ?? "",
            u.MemberId, u.Member!.Code, u.Member.Name, u.ExpertId, u.IsDisabled,
            u.LockoutEnd > now ? u.LockoutEnd : null,
            u.CreatedAt));
}
