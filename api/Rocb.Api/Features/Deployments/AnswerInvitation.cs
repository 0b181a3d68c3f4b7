using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Features.Experts;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Deployments;

/// <summary>The expert accepts or declines an invitation: an expert only its own (others 404); Staff may record the answer for it.</summary>
public sealed record AnswerInvitation : ICommand<DeploymentDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
    public bool Accept { get; init; }
    /// <summary>Why the expert declines (optional).</summary>
    public string? Reason { get; init; }
}

public sealed class AnswerInvitationValidator : AbstractValidator<AnswerInvitation>
{
    public AnswerInvitationValidator() => RuleFor(r => r.Reason).MaximumLength(500);
}

internal sealed class AnswerInvitationHandler(RocbDbContext db, IMediator mediator, TimeProvider clock, CurrentUser user)
    : IRequestHandler<AnswerInvitation, DeploymentDto>
{
    public async Task<DeploymentDto> Handle(AnswerInvitation request, CancellationToken cancellationToken)
    {
        var d = await DeploymentTransitions.LoadAsync(db, request.Id, request.ExpectedVersion, cancellationToken);
        if (ExpertAccess.IsExpert(user) && d.ExpertId != user.ExpertId) throw new NotFoundException("Deployment", request.Id);
        DeploymentWorkflow.Move(d, request.Accept ? DeploymentStatus.Accepted : DeploymentStatus.Declined, clock.GetUtcNow());
        if (!request.Accept) d.DeclineReason = Clean(request.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetDeployment(d.Id), cancellationToken);
    }
}
