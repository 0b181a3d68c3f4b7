namespace Rocb.Api.Features.Users;

/// <summary>A Rocb user as administrators see it.</summary>
public sealed record UserDto(
    Guid Id,
    string Email,
    string DisplayName,
    string Role,
    int? MemberId,
    string? MemberCode,
    string? MemberName,
    int? ExpertId,
    bool IsDisabled,
    DateTimeOffset? LockedOutUntil,
    DateTimeOffset CreatedAt);

public sealed record UserPageDto(IReadOnlyList<UserDto> Items, int Page, int PageSize, int TotalCount);
