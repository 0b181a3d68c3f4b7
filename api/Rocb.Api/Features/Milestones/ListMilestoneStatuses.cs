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

/// <summary>Milestone status records the caller may see (see <see cref="MilestoneAccess"/>), newest effective date first.</summary>
public sealed record ListMilestoneStatuses : PagedQuery, IQuery<MilestoneStatusPageDto>
{
    [Description("Only this Member.")]
    [FromQuery(Name = "memberId")]
    public int? MemberId { get; set; }

    [Description("Only milestones of this plan.")]
    [FromQuery(Name = "planId")]
    public int? PlanId { get; set; }

    [Description("Only this milestone.")]
    [FromQuery(Name = "milestoneId")]
    public int? MilestoneId { get; set; }

    [Description("Only records in this review state: draft, submitted, approved or returned.")]
    [FromQuery(Name = "state")]
    public string? State { get; set; }
}

public sealed class ListMilestoneStatusesValidator : AbstractValidator<ListMilestoneStatuses>
{
    public ListMilestoneStatusesValidator()
    {
        this.PageRules(q => q.PageNumber, q => q.Size);
        RuleFor(q => q.State).Must(s => KebabEnum.TryParse<ReviewState>(s, out _)).When(q => q.State is not null)
            .WithMessage($"state must be one of: {KebabEnum.Names<ReviewState>()}.");
    }
}

internal sealed class ListMilestoneStatusesHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<ListMilestoneStatuses, MilestoneStatusPageDto>
{
    public async Task<MilestoneStatusPageDto> Handle(ListMilestoneStatuses request, CancellationToken cancellationToken)
    {
        var records = db.MilestoneStatusRecords.AsNoTracking().Visible(user);
        if (request.MemberId is { } member) records = records.Where(r => r.MemberId == member);
        if (request.PlanId is { } plan) records = records.Where(r => r.Milestone.PlanId == plan);
        if (request.MilestoneId is { } milestone) records = records.Where(r => r.MilestoneId == milestone);
        if (KebabEnum.TryParse<ReviewState>(request.State, out var state)) records = records.Where(r => r.State == state);
        var total = await records.CountAsync(cancellationToken);
        var items = await records.OrderByDescending(r => r.EffectiveOn).ThenByDescending(r => r.Id)
            .TakePage(request.PageNumber, request.Size).Select(MilestoneStatusRecordDto.Projection).ToListAsync(cancellationToken);
        return new MilestoneStatusPageDto(items, request.PageNumber, request.Size, total);
    }
}

public sealed record GetMilestoneStatus(long Id) : IQuery<MilestoneStatusRecordDto>;

internal sealed class GetMilestoneStatusHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<GetMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(GetMilestoneStatus request, CancellationToken cancellationToken) =>
        await db.MilestoneStatusRecords.AsNoTracking().Visible(user).Where(r => r.Id == request.Id)
            .Select(MilestoneStatusRecordDto.Projection).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Milestone status", request.Id);
}

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
