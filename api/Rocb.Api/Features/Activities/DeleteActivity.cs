using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Activities;

/// <summary>Deletes an activity with its participants and evaluations; not one a follow-up survey round covers.</summary>
public sealed record DeleteActivity(long Id, uint? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteActivityHandler(RocbDbContext db) : IRequestHandler<DeleteActivity, Unit>
{
    public async Task<Unit> Handle(DeleteActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                       ?? throw new NotFoundException("Activity", request.Id);
        db.Entry(activity).ExpectVersion(request.ExpectedVersion, "Activity", request.Id);
        if (await db.SurveyWorkshops.AnyAsync(w => w.ActivityId == request.Id, cancellationToken))
            throw new ConflictException("A follow-up survey round covers this activity: remove it from the round first.", "id");
        db.Activities.Remove(activity);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
