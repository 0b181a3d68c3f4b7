using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Activities;

public sealed record UpdateActivity : ActivityFields, ICommand<ActivityDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

public sealed class UpdateActivityValidator(RocbDbContext db) : ActivityFieldsValidator<UpdateActivity>(db);

internal sealed class UpdateActivityHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<UpdateActivity, ActivityDto>
{
    public async Task<ActivityDto> Handle(UpdateActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsSplitQuery().Include(a => a.Members).Include(a => a.Topics).Include(a => a.Actions).Include(a => a.Staff)
                           .SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                       ?? throw new NotFoundException("Activity", request.Id);
        db.Entry(activity).ExpectVersion(request.ExpectedVersion, "Activity", request.Id);
        await request.ApplyToAsync(activity, db, cancellationToken);
        // The row's version moves with every change, also when only its links changed.
        db.Entry(activity).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetActivity(activity.Id), cancellationToken);
    }
}
