using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>Loading a deployment for a transition, with the caller's If-Match.</summary>
internal static class DeploymentTransitions
{
    public static async Task<Deployment> LoadAsync(RocbDbContext db, long id, uint? expectedVersion, CancellationToken ct)
    {
        var deployment = await db.Deployments.SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException("Deployment", id);
        db.Entry(deployment).ExpectVersion(expectedVersion, "Deployment", id);
        return deployment;
    }
}
