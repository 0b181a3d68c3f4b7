using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Members;

/// <summary>A Member's focal point: personal data, so only Staff, Administrators and that Member's own focal points see it.</summary>
public sealed record FocalPointDto(Guid UserId, string DisplayName, string Email, bool IsDisabled);

public sealed record ListFocalPoints(int MemberId) : IQuery<IReadOnlyList<FocalPointDto>>;

internal sealed class ListFocalPointsHandler(RocbDbContext db, CurrentUser current) : IRequestHandler<ListFocalPoints, IReadOnlyList<FocalPointDto>>
{
    public async Task<IReadOnlyList<FocalPointDto>> Handle(ListFocalPoints request, CancellationToken cancellationToken)
    {
        // Row level: another administration's focal points do not exist for a focal point (404, like an unknown Member).
        if (!current.IsStaffOrAdministrator && current.MemberId != request.MemberId)
            throw new NotFoundException("Member", request.MemberId);
        if (!await db.Members.AnyAsync(m => m.Id == request.MemberId, cancellationToken))
            throw new NotFoundException("Member", request.MemberId);
        return await db.Users.AsNoTracking().Where(u => u.MemberId == request.MemberId)
            .OrderBy(u => u.DisplayName)
            .Select(u => new FocalPointDto(u.Id, u.DisplayName, u.Email ?? "", u.IsDisabled))
            .ToListAsync(cancellationToken);
    }
}
