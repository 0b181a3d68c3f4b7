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

/// <summary>Sends a draft or returned update to Staff for review.</summary>
public sealed record SubmitMilestoneStatus(long Id) : ICommand<MilestoneStatusRecordDto>;

internal sealed class SubmitMilestoneStatusHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<SubmitMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(SubmitMilestoneStatus request, CancellationToken cancellationToken)
    {
        var record = await MilestoneAccess.EditableAsync(db, user, request.Id, cancellationToken);
        WorkflowRules.RequireEditable(record);
        record.State = ReviewState.Submitted;
        record.SubmittedBy = user.UserId;
        record.SubmittedAt = clock.GetUtcNow();
        record.ReturnReason = null;
        await db.SaveChangesAsync(cancellationToken);
        return await MilestoneStatusQueries.GetAsync(db, record.Id, cancellationToken);
    }
}
