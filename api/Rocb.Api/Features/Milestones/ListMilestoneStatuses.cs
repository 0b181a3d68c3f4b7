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
