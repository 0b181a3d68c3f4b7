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

/// <summary>Staff decide on submitted updates: approve (it counts from then on) or return with a reason. Never their own submission.</summary>
public sealed record ReviewMilestoneStatus : ICommand<MilestoneStatusRecordDto>
{
    [JsonIgnore] public long Id { get; init; }
    /// <summary>approve or return.</summary>
    public ReviewDecision Decision { get; init; }
    /// <summary>Required when returning: what the focal point should change.</summary>
    public string? Reason { get; init; }
}

public enum ReviewDecision { Approve, Return }

public sealed class ReviewMilestoneStatusValidator : AbstractValidator<ReviewMilestoneStatus>
{
    public ReviewMilestoneStatusValidator()
    {
        RuleFor(r => r.Decision).IsInEnum().WithMessage("decision must be approve or return.");
        RuleFor(r => r.Reason).NotEmpty().When(r => r.Decision == ReviewDecision.Return).WithMessage("Say why the update is returned.");
        RuleFor(r => r.Reason).MaximumLength(2000);
    }
}

internal sealed class ReviewMilestoneStatusHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<ReviewMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(ReviewMilestoneStatus request, CancellationToken cancellationToken)
    {
        var record = await db.MilestoneStatusRecords.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Milestone status", request.Id);
        WorkflowRules.Review(record, request.Decision, request.Reason, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await MilestoneStatusQueries.GetAsync(db, record.Id, cancellationToken);
    }
}
