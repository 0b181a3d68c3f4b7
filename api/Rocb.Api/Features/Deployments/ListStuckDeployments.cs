using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>
/// What is stuck: deployments waiting in proposed, invited, accepted or released for at least the given number of days, and confirmed
/// ones whose mission ended that long ago without being completed; longest waiting first.
/// </summary>
public sealed record ListStuckDeployments : IQuery<IReadOnlyList<StuckDeploymentDto>>
{
    [Description("Days in the current state (or since a confirmed mission ended) from which a deployment counts as stuck (default 7).")]
    [FromQuery(Name = "olderThanDays")] public int? OlderThanDays { get; set; }
}

public sealed class ListStuckDeploymentsValidator : AbstractValidator<ListStuckDeployments>
{
    public ListStuckDeploymentsValidator() =>
        RuleFor(q => q.OlderThanDays).InclusiveBetween(0, 3650).When(q => q.OlderThanDays is not null);
}

internal sealed class ListStuckDeploymentsHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<ListStuckDeployments, IReadOnlyList<StuckDeploymentDto>>
{
    public async Task<IReadOnlyList<StuckDeploymentDto>> Handle(ListStuckDeployments request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var days = request.OlderThanDays ?? 7;
        var cutoff = now.AddDays(-days);
        var endedBefore = DateOnly.FromDateTime(cutoff.UtcDateTime);
        var rows = await db.Deployments.AsNoTracking()
            .Where(d => (d.Status == DeploymentStatus.Proposed || d.Status == DeploymentStatus.Invited || d.Status == DeploymentStatus.Accepted
                         || d.Status == DeploymentStatus.Released) && d.StatusChangedAt <= cutoff
                        || d.Status == DeploymentStatus.Confirmed && d.EndsOn < endedBefore)
            .OrderBy(d => d.StatusChangedAt).ThenBy(d => d.Id).Take(500)
            .Select(DeploymentDto.Projection).ToListAsync(cancellationToken);
        return rows.Select(d =>
        {
            var since = d.Status == DeploymentStatus.Confirmed ? new DateTimeOffset(d.EndsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : d.StatusChangedAt;
            return new StuckDeploymentDto(d, (int)Math.Floor((now - since).TotalDays), DeploymentWorkflow.WaitingFor(d.Status));
        }).OrderByDescending(s => s.DaysInState).ThenBy(s => s.Deployment.Id).ToList();
    }
}
