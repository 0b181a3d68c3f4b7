using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>
/// The experts side of an activity: its expert requests and deployments. Whoever may read activities gets the counts (how many requests,
/// experts needed, deployments in each status); only those who manage deployments (Staff, Administrators) get the requests and deployments
/// themselves, since those name experts and say who declined.
/// </summary>
public sealed record GetActivityExperts(long ActivityId) : IQuery<ActivityExpertsDto>;

/// <summary>Detailed: false when the caller sees counts only (Requests and Deployments are then empty).</summary>
public sealed record ActivityExpertsDto(
    long ActivityId, bool Detailed, int RequestCount, int ExpertsNeeded, int DeploymentCount, IReadOnlyList<DeploymentStatusCountDto> ByStatus,
    IReadOnlyList<ExpertRequestSummaryDto> Requests, IReadOnlyList<DeploymentDto> Deployments);

internal sealed class GetActivityExpertsHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<GetActivityExperts, ActivityExpertsDto>
{
    public async Task<ActivityExpertsDto> Handle(GetActivityExperts request, CancellationToken cancellationToken)
    {
        var id = request.ActivityId;
        if (!await db.Activities.AnyAsync(a => a.Id == id, cancellationToken)) throw new NotFoundException("Activity", id);
        var requests = db.ExpertRequests.AsNoTracking().Where(r => r.ActivityId == id);
        // A request's deployments count for its activity even when the deployment itself names none.
        var deployments = db.Deployments.AsNoTracking().Where(d => d.ActivityId == id || (d.Request != null && d.Request.ActivityId == id));
        var requestCount = await requests.CountAsync(cancellationToken);
        var needed = await requests.Where(r => r.Status != ExpertRequestStatus.Cancelled).SumAsync(r => (int?)r.ExpertsNeeded, cancellationToken) ?? 0;
        var byStatus = await deployments.GroupBy(d => d.Status).Select(g => new DeploymentStatusCountDto(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var detailed = Permissions.DeploymentsManage.Roles.Any(user.IsInRole);
        IReadOnlyList<ExpertRequestSummaryDto> requestList = [];
        IReadOnlyList<DeploymentDto> deploymentList = [];
        if (detailed)
        {
            deploymentList = await deployments.OrderBy(d => d.StartsOn).ThenBy(d => d.Id).Select(DeploymentDto.Projection).ToListAsync(cancellationToken);
            var page = await requests.OrderBy(r => r.StartsOn).ThenBy(r => r.Id).Select(ExpertRequestSummaryDto.Projection).ToListAsync(cancellationToken);
            var confirmed = await db.Deployments.Where(d => d.Request != null && d.Request.ActivityId == id
                                                            && (d.Status == DeploymentStatus.Confirmed || d.Status == DeploymentStatus.Completed))
                .GroupBy(d => d.RequestId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
            requestList = page.Select(p => p with { Confirmed = confirmed.GetValueOrDefault(p.Id) }).ToList();
        }
        return new ActivityExpertsDto(id, detailed, requestCount, needed, byStatus.Sum(s => s.Count), byStatus.OrderBy(s => s.Status).ToList(),
            requestList, deploymentList);
    }
}
