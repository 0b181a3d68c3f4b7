using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>Deployments for the board: filter by status, expert, request or activity; with the count in each status.</summary>
public sealed record ListDeployments : PagedQuery, IQuery<DeploymentPageDto>
{
    [Description("proposed, invited, accepted, declined, released, confirmed, completed or cancelled.")]
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "expertId")] public int? ExpertId { get; set; }
    [FromQuery(Name = "requestId")] public int? RequestId { get; set; }
    [FromQuery(Name = "activityId")] public long? ActivityId { get; set; }
}

public sealed class ListDeploymentsValidator : AbstractValidator<ListDeployments>
{
    public ListDeploymentsValidator()
    {
        this.PageRules(q => q.PageNumber, q => q.Size);
        RuleFor(q => q.Status).Must(t => KebabEnum.TryParse<DeploymentStatus>(t, out _)).When(q => q.Status is not null)
            .WithMessage($"status must be one of: {KebabEnum.Names<DeploymentStatus>()}.");
    }
}

internal sealed class ListDeploymentsHandler(RocbDbContext db) : IRequestHandler<ListDeployments, DeploymentPageDto>
{
    public async Task<DeploymentPageDto> Handle(ListDeployments request, CancellationToken cancellationToken)
    {
        IQueryable<Deployment> q = db.Deployments.AsNoTracking();
        if (request.ExpertId is { } expert) q = q.Where(d => d.ExpertId == expert);
        if (request.RequestId is { } req) q = q.Where(d => d.RequestId == req);
        if (request.ActivityId is { } activity) q = q.Where(d => d.ActivityId == activity);
        var byStatus = await q.GroupBy(d => d.Status).Select(g => new DeploymentStatusCountDto(g.Key, g.Count())).ToListAsync(cancellationToken);
        if (KebabEnum.TryParse<DeploymentStatus>(request.Status, out var status)) q = q.Where(d => d.Status == status);
        var total = await q.CountAsync(cancellationToken);
        var items = await q.OrderByDescending(d => d.StartsOn).ThenByDescending(d => d.Id).TakePage(request.PageNumber, request.Size)
            .Select(DeploymentDto.Projection).ToListAsync(cancellationToken);
        return new DeploymentPageDto(items, request.PageNumber, request.Size, total, byStatus.OrderBy(s => s.Status).ToList());
    }
}
