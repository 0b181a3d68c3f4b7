using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Members;

public sealed record GetMember(int Id) : IQuery<MemberDto>;

internal sealed class GetMemberHandler(RocbDbContext db) : IRequestHandler<GetMember, MemberDto>
{
    public async Task<MemberDto> Handle(GetMember request, CancellationToken cancellationToken) =>
        await db.Members.AsNoTracking().Where(m => m.Id == request.Id).Select(MemberDto.Projection)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Member", request.Id);
}
