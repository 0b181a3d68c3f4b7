using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>Invites the proposed expert: only one that consented to be contacted (409 otherwise).</summary>
public sealed record InviteExpert : ICommand<DeploymentDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

internal sealed class InviteExpertHandler(RocbDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<InviteExpert, DeploymentDto>
{
    public async Task<DeploymentDto> Handle(InviteExpert request, CancellationToken cancellationToken)
    {
        var d = await DeploymentTransitions.LoadAsync(db, request.Id, request.ExpectedVersion, cancellationToken);
        var consent = await db.Experts.Where(e => e.Id == d.ExpertId).Select(e => e.ConsentToContact).SingleAsync(cancellationToken);
        if (!consent)
            throw new ConflictException("The expert has not consented to be contacted: record the consent on the profile before inviting.", "expertId");
        DeploymentWorkflow.Move(d, DeploymentStatus.Invited, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetDeployment(d.Id), cancellationToken);
    }
}
