using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Milestones;

/// <summary>What waits for whom: submitted updates wait for Staff, returned ones for the Member's focal point; oldest first.</summary>
public sealed record GetReviewQueue : IQuery<IReadOnlyList<QueueItemDto>>;

internal sealed class GetReviewQueueHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<GetReviewQueue, IReadOnlyList<QueueItemDto>>
{
    public async Task<IReadOnlyList<QueueItemDto>> Handle(GetReviewQueue request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var waiting = await db.MilestoneStatusRecords.AsNoTracking().Visible(user)
            .Where(r => r.State == ReviewState.Submitted || r.State == ReviewState.Returned)
            .Select(MilestoneStatusRecordDto.Projection).ToListAsync(cancellationToken);
        return waiting
            .Select(r =>
            {
                var since = (r.State == ReviewState.Submitted ? r.SubmittedAt : r.ReviewedAt) ?? r.CreatedAt;
                return new QueueItemDto(r, r.State == ReviewState.Submitted ? "staff" : "focal-point", since, (int)(now - since).TotalDays);
            })
            .OrderBy(i => i.Since).ToList();
    }
}
