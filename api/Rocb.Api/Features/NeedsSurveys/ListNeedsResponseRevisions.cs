using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>Every saved revision of a Member's response, newest first, each with the whole response as it was saved.</summary>
public sealed record ListNeedsResponseRevisions(int CycleId, int MemberId) : IQuery<IReadOnlyList<NeedsResponseRevisionDto>>;

internal sealed class ListNeedsResponseRevisionsHandler(RocbDbContext db, CurrentUser user)
    : IRequestHandler<ListNeedsResponseRevisions, IReadOnlyList<NeedsResponseRevisionDto>>
{
    public async Task<IReadOnlyList<NeedsResponseRevisionDto>> Handle(ListNeedsResponseRevisions request, CancellationToken cancellationToken)
    {
        var cycle = await NeedsAccess.VisibleCycleAsync(db, user, request.CycleId, cancellationToken);
        await NeedsAccess.EnsureMemberAsync(db, user, cycle.Id, request.MemberId, cancellationToken);
        var rows = await db.NeedsResponseRevisions.AsNoTracking()
            .Where(r => db.NeedsResponses.Any(x => x.Id == r.ResponseId && x.CycleId == cycle.Id && x.MemberId == request.MemberId))
            .OrderByDescending(r => r.Revision)
            .Select(r => new
            {
                r.Revision, r.Status, r.SavedAt, r.SavedBy, r.EnteredByStaff, r.Snapshot,
                Name = db.Users.Where(u => u.Id == r.SavedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new NeedsResponseRevisionDto(r.Revision, r.Status, r.SavedAt, r.SavedBy, r.Name, r.EnteredByStaff,
            JsonDocument.Parse(r.Snapshot).RootElement.Clone())).ToList();
    }
}
