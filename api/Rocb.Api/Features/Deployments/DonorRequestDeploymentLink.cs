using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>
/// Linking a donor release request to the deployment it released the expert for: only with the outcome released, to a deployment of the
/// same expert (and of the same expert request, when both are given). The request then takes the deployment's expert and expert request
/// when it named none. One release per deployment (<see cref="Constraints.DonorRequestDeployment"/>).
/// </summary>
internal static class DonorRequestDeploymentLink
{
    public static async Task ApplyAsync(RocbDbContext db, DonorRequest r, long deploymentId, CancellationToken ct)
    {
        var d = await db.Deployments.AsNoTracking().Where(x => x.Id == deploymentId)
                    .Select(x => new { x.Id, x.ExpertId, x.RequestId }).SingleOrDefaultAsync(ct)
                ?? throw Invalid("Choose an existing deployment.");
        if (r.Outcome != DonorOutcome.Released)
            throw Invalid("Only a request the administration answered with released is linked to the deployment it released the expert for.");
        if (r.ExpertId is { } expert && expert != d.ExpertId)
            throw Invalid($"Deployment {d.Id} is another expert's: choose a deployment of the expert this request was about.");
        if (r.ExpertRequestId is { } er && d.RequestId is { } dr && er != dr)
            throw Invalid($"Deployment {d.Id} belongs to another expert request.");
        r.DeploymentId = d.Id;
        r.ExpertId ??= d.ExpertId;
        r.ExpertRequestId ??= d.RequestId;
    }

    private static ValidationException Invalid(string message) => new([new ValidationFailure("deploymentId", message)]);
}
