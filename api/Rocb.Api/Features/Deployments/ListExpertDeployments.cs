using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>An expert's deployments and invitations, latest first: Staff any expert's, an expert its own.</summary>
public sealed record ListExpertDeployments(int ExpertId) : IQuery<IReadOnlyList<DeploymentDto>>;

internal sealed class ListExpertDeploymentsHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<ListExpertDeployments, IReadOnlyList<DeploymentDto>>
{
    public async Task<IReadOnlyList<DeploymentDto>> Handle(ListExpertDeployments request, CancellationToken cancellationToken)
    {
        ExpertAccess.EnsureOwn(user, request.ExpertId);
        if (!await db.Experts.AnyAsync(e => e.Id == request.ExpertId, cancellationToken)) throw new NotFoundException("Expert", request.ExpertId);
        return await db.Deployments.AsNoTracking().Where(d => d.ExpertId == request.ExpertId)
            .OrderByDescending(d => d.StartsOn).ThenByDescending(d => d.Id).Take(500).Select(DeploymentDto.Projection).ToListAsync(cancellationToken);
    }
}
