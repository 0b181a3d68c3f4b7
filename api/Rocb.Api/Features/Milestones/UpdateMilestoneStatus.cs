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

/// <summary>Changes a draft or returned update. Submitted ones wait for review; approved ones must be reopened first.</summary>
public sealed record UpdateMilestoneStatus : MilestoneStatusFields, ICommand<MilestoneStatusRecordDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

public sealed class UpdateMilestoneStatusValidator(RocbDbContext db, TimeProvider clock) : MilestoneStatusFieldsValidator<UpdateMilestoneStatus>(db, clock);

internal sealed class UpdateMilestoneStatusHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<UpdateMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(UpdateMilestoneStatus request, CancellationToken cancellationToken)
    {
        var record = await MilestoneAccess.EditableAsync(db, user, request.Id, cancellationToken);
        db.Entry(record).ExpectVersion(request.ExpectedVersion, "Milestone status", request.Id);
        WorkflowRules.RequireEditable(record);
        if (!MilestoneAccess.MayChange(user, request.MemberId)) throw new NotFoundException("Member", request.MemberId);
        request.ApplyTo(record);
        await db.SaveChangesAsync(cancellationToken);
        return await MilestoneStatusQueries.GetAsync(db, record.Id, cancellationToken);
    }
}
