using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Features.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Participation;

public sealed record GetParticipation(long ActivityId) : IQuery<ParticipationDto>;

internal sealed class GetParticipationHandler(RocbDbContext db) : IRequestHandler<GetParticipation, ParticipationDto>
{
    public async Task<ParticipationDto> Handle(GetParticipation request, CancellationToken cancellationToken)
    {
        if (!await db.Activities.AnyAsync(a => a.Id == request.ActivityId, cancellationToken))
            throw new NotFoundException("Activity", request.ActivityId);
        var rows = await db.ParticipantCounts.AsNoTracking().Include(c => c.Member)
            .Where(c => c.ActivityId == request.ActivityId).ToListAsync(cancellationToken);
        var counts = rows.OrderBy(r => r.Member?.Code ?? "").Select(r => new ParticipantCountDto(r.Id,
            r.Member is { } m ? new MemberRefDto(m.Id, m.Code, m.Name) : null, r.Female, r.Male, r.Other, r.NotRecorded, r.Total,
            r.Observers, r.HeadOfDelegationGender, r.FromIndividuals, r.Note)).ToList();
        return new ParticipationDto(request.ActivityId, counts, ParticipationTotals.Of(rows));
    }
}
