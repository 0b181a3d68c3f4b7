using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Deployments;

/// <summary>
/// Proposes an expert for a request (or directly for an activity). Dates default to the request's (or the activity's). An expert from the
/// requesting or beneficiary administration of a diagnostic mission has a conflict of interest: 409 unless a reason overrides it.
/// </summary>
public sealed record ProposeDeployment : ICommand<DeploymentDto>
{
    public int ExpertId { get; init; }
    public int? RequestId { get; init; }
    public long? ActivityId { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    /// <summary>Why an expert with a conflict of interest is proposed anyway.</summary>
    public string? ConflictOverrideReason { get; init; }
    public string? Note { get; init; }
}

public sealed class ProposeDeploymentValidator : AbstractValidator<ProposeDeployment>
{
    public ProposeDeploymentValidator()
    {
        RuleFor(r => r.ExpertId).GreaterThan(0).WithMessage("Choose the expert.");
        RuleFor(r => r.RequestId).NotNull().When(r => r.ActivityId is null).WithMessage("Give the expert request (or the activity).");
        RuleFor(r => r.EndsOn).Must((r, end) => end is null || r.StartsOn is null || end >= r.StartsOn)
            .WithMessage("The deployment must not end before it starts.");
        RuleFor(r => r.StartsOn).NotNull().When(r => r.RequestId is null && r.EndsOn is not null).WithMessage("Give the first day too.");
        RuleFor(r => r.ConflictOverrideReason).MaximumLength(500);
        RuleFor(r => r.Note).MaximumLength(2000);
    }
}

internal sealed class ProposeDeploymentHandler(RocbDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<ProposeDeployment, DeploymentDto>
{
    public async Task<DeploymentDto> Handle(ProposeDeployment request, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.AsNoTracking().SingleOrDefaultAsync(e => e.Id == request.ExpertId, cancellationToken)
                     ?? throw new NotFoundException("Expert", request.ExpertId);
        ExpertRequest? req = null;
        if (request.RequestId is { } requestId)
            req = await db.ExpertRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
                  ?? throw new NotFoundException("Expert request", requestId);
        var activityId = request.ActivityId ?? req?.ActivityId;
        var activity = activityId is { } aid
            ? await db.Activities.AsNoTracking().Where(a => a.Id == aid)
                  .Select(a => new { a.Id, a.StartsOn, a.EndsOn, a.Type, a.HostMemberId, Members = a.Members.Select(m => m.Id).ToList() })
                  .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Activity", aid)
            : null;
        var startsOn = request.StartsOn ?? req?.StartsOn ?? activity?.StartsOn;
        var endsOn = request.EndsOn ?? (request.StartsOn is not null ? request.StartsOn : null) ?? req?.EndsOn ?? activity?.EndsOn ?? startsOn;
        if (startsOn is null || endsOn is null)
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("startsOn", "Give the deployment's dates (the activity has none).")]);
        if (endsOn < startsOn)
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("endsOn", "The deployment must not end before it starts.")]);

        var diagnostic = req?.IsDiagnostic ?? activity?.Type is Domain.Activities.ActivityType.DiagnosticMission or Domain.Activities.ActivityType.ScopingMission;
        var conflicted = new HashSet<int>();
        if (req?.RequestingMemberId is { } requesting) conflicted.Add(requesting);
        if (activity is not null)
        {
            conflicted.UnionWith(activity.Members);
            if (activity.HostMemberId is { } host) conflicted.Add(host);
        }
        var overrideReason = Clean(request.ConflictOverrideReason);
        if (diagnostic && expert.MemberId is { } home && conflicted.Contains(home) && overrideReason is null)
            throw new ConflictException("The expert comes from the requesting or beneficiary administration of this diagnostic mission " +
                                        "(conflict of interest): give conflictOverrideReason to propose the expert anyway.", "conflictOverrideReason");
        if (req is not null && await db.Deployments.AnyAsync(d => d.ExpertId == expert.Id && d.RequestId == req.Id
                                                                  && d.Status != DeploymentStatus.Declined && d.Status != DeploymentStatus.Cancelled, cancellationToken))
            throw new ConflictException("The expert is already proposed for this request.", "expertId");

        var now = clock.GetUtcNow();
        var deployment = new Deployment
        {
            ExpertId = expert.Id, RequestId = req?.Id, ActivityId = activityId, StartsOn = startsOn.Value, EndsOn = endsOn.Value,
            Status = DeploymentStatus.Proposed, StatusChangedAt = now, ProposedAt = now,
            ConflictOverrideReason = diagnostic && expert.MemberId is { } m && conflicted.Contains(m) ? overrideReason : null,
            Note = Clean(request.Note),
        };
        db.Deployments.Add(deployment);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetDeployment(deployment.Id), cancellationToken);
    }
}
