using System.Text.Json.Serialization;
using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>Records that the home administration released the expert who accepted.</summary>
public sealed record ReleaseExpert : ICommand<DeploymentDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

internal sealed class ReleaseExpertHandler(RocbDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<ReleaseExpert, DeploymentDto>
{
    public async Task<DeploymentDto> Handle(ReleaseExpert request, CancellationToken cancellationToken)
    {
        var d = await DeploymentTransitions.LoadAsync(db, request.Id, request.ExpectedVersion, cancellationToken);
        DeploymentWorkflow.Move(d, DeploymentStatus.Released, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetDeployment(d.Id), cancellationToken);
    }
}
