using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Activities;

public sealed record CreateActivity : ActivityFields, ICommand<ActivityDto>;

public sealed class CreateActivityValidator(RocbDbContext db) : ActivityFieldsValidator<CreateActivity>(db);

internal sealed class CreateActivityHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<CreateActivity, ActivityDto>
{
    public async Task<ActivityDto> Handle(CreateActivity request, CancellationToken cancellationToken)
    {
        var activity = new Activity();
        await request.ApplyToAsync(activity, db, cancellationToken);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetActivity(activity.Id), cancellationToken);
    }
}
