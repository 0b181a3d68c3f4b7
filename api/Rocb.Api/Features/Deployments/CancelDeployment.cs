using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>Cancels a deployment that is not completed, with the reason.</summary>
public sealed record CancelDeployment : ICommand<DeploymentDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class CancelDeploymentValidator : AbstractValidator<CancelDeployment>
{
    public CancelDeploymentValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why the deployment is cancelled.").MaximumLength(500);
}

internal sealed class CancelDeploymentHandler(RocbDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<CancelDeployment, DeploymentDto>
{
    public async Task<DeploymentDto> Handle(CancelDeployment request, CancellationToken cancellationToken)
    {
        var d = await DeploymentTransitions.LoadAsync(db, request.Id, request.ExpectedVersion, cancellationToken);
        DeploymentWorkflow.Move(d, DeploymentStatus.Cancelled, clock.GetUtcNow());
        d.CancelReason = request.Reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await ExpertRequestStatusRules.RefreshAsync(db, d.RequestId, cancellationToken);
        return await mediator.Send(new GetDeployment(d.Id), cancellationToken);
    }
}
