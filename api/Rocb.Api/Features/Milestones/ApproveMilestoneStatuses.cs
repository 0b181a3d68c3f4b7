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

/// <summary>Approves several submitted updates at once: all of them, or none if any cannot be approved.</summary>
public sealed record ApproveMilestoneStatuses(IReadOnlyList<long> Ids) : ICommand<IReadOnlyList<MilestoneStatusRecordDto>>;

public sealed class ApproveMilestoneStatusesValidator : AbstractValidator<ApproveMilestoneStatuses>
{
    public ApproveMilestoneStatusesValidator() =>
        RuleFor(r => r.Ids).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Choose the updates to approve.")
            .Must(ids => ids.Count <= 500).WithMessage("Approve at most 500 updates at once.");
}

internal sealed class ApproveMilestoneStatusesHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<ApproveMilestoneStatuses, IReadOnlyList<MilestoneStatusRecordDto>>
{
    public async Task<IReadOnlyList<MilestoneStatusRecordDto>> Handle(ApproveMilestoneStatuses request, CancellationToken cancellationToken)
    {
        var ids = request.Ids.Distinct().ToList();
        var records = await db.MilestoneStatusRecords.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var missing = ids.Except(records.Select(r => r.Id)).ToList();
        if (missing.Count > 0) throw new NotFoundException("Milestone status", string.Join(", ", missing));
        var now = clock.GetUtcNow();
        foreach (var record in records) WorkflowRules.Review(record, ReviewDecision.Approve, null, user.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.MilestoneStatusRecords.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id)
            .Select(MilestoneStatusRecordDto.Projection).ToListAsync(cancellationToken);
    }
}
