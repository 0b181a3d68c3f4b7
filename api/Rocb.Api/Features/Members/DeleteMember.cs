using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Members;

/// <summary>
/// Deletes a Member administration. While other records refer to it, PostgreSQL's foreign keys refuse
/// and the caller gets a 409 that says so.
/// </summary>
public sealed record DeleteMember(int Id, uint? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteMemberHandler(RocbDbContext db) : IRequestHandler<DeleteMember, Unit>
{
    public async Task<Unit> Handle(DeleteMember request, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Member", request.Id);
        if (request.ExpectedVersion is { } expected)
        {
            if (member.Version != expected) throw new PreconditionFailedException("Member", request.Id);
            db.Entry(member).Property(m => m.Version).OriginalValue = expected;
        }
        db.Members.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
