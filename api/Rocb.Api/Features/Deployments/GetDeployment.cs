using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>One deployment: Staff any, an expert its own (others 404).</summary>
public sealed record GetDeployment(long Id) : IQuery<DeploymentDto>;

internal sealed class GetDeploymentHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<GetDeployment, DeploymentDto>
{
    public async Task<DeploymentDto> Handle(GetDeployment request, CancellationToken cancellationToken)
    {
        var q = db.Deployments.AsNoTracking().Where(d => d.Id == request.Id);
        if (ExpertAccess.IsExpert(user)) q = q.Where(d => d.ExpertId == user.ExpertId);
        return await q.Select(DeploymentDto.Projection).SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Deployment", request.Id);
    }
}
