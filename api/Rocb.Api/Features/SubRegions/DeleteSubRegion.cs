using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.SubRegions;

/// <summary>Deletes an empty sub-region; one that still has Members is refused with 409.</summary>
public sealed record DeleteSubRegion(int Id, uint? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteSubRegionHandler(RocbDbContext db) : IRequestHandler<DeleteSubRegion, Unit>
{
    public async Task<Unit> Handle(DeleteSubRegion request, CancellationToken cancellationToken)
    {
        var subRegion = await db.SubRegions.SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
                        ?? throw new NotFoundException("Sub-region", request.Id);
        if (request.ExpectedVersion is { } expected)
        {
            if (subRegion.Version != expected) throw new PreconditionFailedException("Sub-region", request.Id);
            db.Entry(subRegion).Property(s => s.Version).OriginalValue = expected;
        }
        var members = await db.Members.CountAsync(m => m.SubRegionId == request.Id, cancellationToken);
        if (members > 0)
            throw new ConflictException(
                $"Sub-region {subRegion.Code} still has {members} Member administration(s): move them to another sub-region first.");
        db.SubRegions.Remove(subRegion);
        // If a Member is added concurrently, the foreign key still refuses (mapped to 409 as well).
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
