using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Users;

/// <summary>
/// Users with their one role and bound Member, as a flat row EF Core can still filter and sort on
/// (it cannot look inside a record built by a constructor); mapped to <see cref="UserDto"/> at the end.
/// </summary>
internal sealed class UserRow
{
    public Guid Id { get; init; }
    public string Email { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Role { get; init; } = "";
    public int? MemberId { get; init; }
    public string? MemberCode { get; init; }
    public string? MemberName { get; init; }
    public int? ExpertId { get; init; }
    public bool IsDisabled { get; init; }
    public DateTimeOffset? LockoutEnd { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public UserDto ToDto(DateTimeOffset now) => new(Id, Email, DisplayName, Role, MemberId, MemberCode, MemberName, ExpertId,
        IsDisabled, LockoutEnd > now ? LockoutEnd : null, CreatedAt);

    public static IQueryable<UserRow> Query(RocbDbContext db) =>
        db.Users.Select(u => new UserRow
        {
            Id = u.Id,
            Email = u.Email ?? "",
            DisplayName = u.DisplayName,
            Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault() ?? "",
            MemberId = u.MemberId,
            MemberCode = u.Member!.Code,
            MemberName = u.Member.Name,
            ExpertId = u.ExpertId,
            IsDisabled = u.IsDisabled,
            LockoutEnd = u.LockoutEnd,
            CreatedAt = u.CreatedAt,
        });
}
