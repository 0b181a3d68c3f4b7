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

/// <summary>Staff reopen an approved update so that it can be corrected; it stops counting until approved again.</summary>
public sealed record ReopenMilestoneStatus(long Id) : ICommand<MilestoneStatusRecordDto>;

internal sealed class ReopenMilestoneStatusHandler(RocbDbContext db) : IRequestHandler<ReopenMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(ReopenMilestoneStatus request, CancellationToken cancellationToken)
    {
        var record = await db.MilestoneStatusRecords.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Milestone status", request.Id);
        if (record.State != ReviewState.Approved) throw new ConflictException("Only an approved update can be reopened.", "state");
        record.State = ReviewState.Draft;
        record.ReviewedAt = null;
        record.ReviewedBy = null;
        await db.SaveChangesAsync(cancellationToken);
        return await MilestoneStatusQueries.GetAsync(db, record.Id, cancellationToken);
    }
}
