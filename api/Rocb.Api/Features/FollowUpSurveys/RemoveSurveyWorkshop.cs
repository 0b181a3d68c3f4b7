using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// Takes a workshop out of a round (not the activity itself). A workshop with replies stays: 409. The workshops after it
/// move up one number, so the round's tables stay numbered 1, 2, 3, ...
/// </summary>
public sealed record RemoveSurveyWorkshop(int RoundId, int WorkshopId) : ICommand<Unit>;

internal sealed class RemoveSurveyWorkshopHandler(RocbDbContext db) : IRequestHandler<RemoveSurveyWorkshop, Unit>
{
    public async Task<Unit> Handle(RemoveSurveyWorkshop request, CancellationToken cancellationToken)
    {
        var workshop = await SurveyAccess.WorkshopAsync(db, request.RoundId, request.WorkshopId, cancellationToken);
        var replies = await db.SurveyReplies.CountAsync(r => r.WorkshopId == workshop.Id, cancellationToken);
        if (replies > 0)
            throw new ConflictException($"The workshop has {replies} {(replies == 1 ? "reply" : "replies")}: it stays in the round.");
        var later = await db.SurveyWorkshops.Where(w => w.RoundId == workshop.RoundId && w.Number > workshop.Number).ToListAsync(cancellationToken);
        foreach (var other in later) other.Number--;
        db.SurveyWorkshops.Remove(workshop);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
