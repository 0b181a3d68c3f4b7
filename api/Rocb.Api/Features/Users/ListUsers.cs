using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Users;

public sealed record ListUsers : PagedQuery, IQuery<UserPageDto>
{
    [Description("Text to find in the email or name.")]
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [Description("Only users with this role.")]
    [FromQuery(Name = "role")]
    public string? Role { get; set; }

    [Description("Only focal points of this Member administration.")]
    [FromQuery(Name = "memberId")]
    public int? MemberId { get; set; }

}

public sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator() => this.PageRules(q => q.PageNumber, q => q.Size);
}

internal sealed class ListUsersHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<ListUsers, UserPageDto>
{
    public async Task<UserPageDto> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        var users = UserRow.Query(db);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var pattern = $"%{request.Q.Trim()}%";
            users = users.Where(u => EF.Functions.ILike(u.Email, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }
        if (!string.IsNullOrWhiteSpace(request.Role)) users = users.Where(u => u.Role == request.Role);
        if (request.MemberId is { } memberId) users = users.Where(u => u.MemberId == memberId);
        var total = await users.CountAsync(cancellationToken);
        var rows = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .TakePage(request.PageNumber, request.Size).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new UserPageDto(rows.Select(r => r.ToDto(now)).ToList(), request.PageNumber, request.Size, total);
    }
}
