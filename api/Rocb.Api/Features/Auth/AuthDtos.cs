namespace Rocb.Api.Features.Auth;

/// <summary>Who is signed in, and what they may do (the SPA shows only what the permissions allow; the API enforces them).</summary>
public sealed record CurrentUserDto(
    Guid Id,
    string Email,
    string DisplayName,
    string Role,
    int? MemberId,
    string? MemberCode,
    string? MemberName,
    int? ExpertId,
    IReadOnlyList<string> Permissions);
