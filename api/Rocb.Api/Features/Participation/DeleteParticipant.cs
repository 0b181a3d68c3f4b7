using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Participation;

public sealed record DeleteParticipant(long ActivityId, long ParticipantId) : ICommand<ParticipationDto>;

internal sealed class DeleteParticipantHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<DeleteParticipant, ParticipationDto>
{
    public async Task<ParticipationDto> Handle(DeleteParticipant request, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == request.ParticipantId && p.ActivityId == request.ActivityId, cancellationToken)
                          ?? throw new NotFoundException("Participant", request.ParticipantId);
        db.Participants.Remove(participant);
        await db.SaveChangesAsync(cancellationToken);
        await ParticipationRules.RollUpAsync(db, request.ActivityId, cancellationToken);
        return await mediator.Send(new GetParticipation(request.ActivityId), cancellationToken);
    }
}
