using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Milestones;

/// <summary>A new draft update: a focal point for its own Member only, Staff for any.</summary>
public sealed record CreateMilestoneStatus : MilestoneStatusFields, ICommand<MilestoneStatusRecordDto>;

public sealed class CreateMilestoneStatusValidator(RocbDbContext db, TimeProvider clock) : MilestoneStatusFieldsValidator<CreateMilestoneStatus>(db, clock);

internal sealed class CreateMilestoneStatusHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<CreateMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(CreateMilestoneStatus request, CancellationToken cancellationToken)
    {
        if (!MilestoneAccess.MayChange(user, request.MemberId)) throw new NotFoundException("Member", request.MemberId);
        var record = new MilestoneStatusRecord { State = ReviewState.Draft, CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserId };
        request.ApplyTo(record);
        db.MilestoneStatusRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return await MilestoneStatusQueries.GetAsync(db, record.Id, cancellationToken);
    }
}
