using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Audit;

/// <summary>Every change to one record, oldest first.</summary>
public sealed record GetRecordHistory(string Entity, string EntityId) : IQuery<IReadOnlyList<AuditEntryDto>>;

internal sealed class GetRecordHistoryHandler(RocbDbContext db) : IRequestHandler<GetRecordHistory, IReadOnlyList<AuditEntryDto>>
{
    public async Task<IReadOnlyList<AuditEntryDto>> Handle(GetRecordHistory request, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == request.Entity && a.EntityId == request.EntityId)
            .OrderBy(a => a.Id).Select(AuditEntryDto.Projection).ToListAsync(cancellationToken);
}
