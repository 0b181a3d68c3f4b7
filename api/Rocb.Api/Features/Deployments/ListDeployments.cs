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

/// <summary>
/// Deployments for the board: filter by status, expert, request or activity, and (for the dashboard's drill-down) by the experts' origin,
/// the first day and the sub-region of the activity; with the count in each status (before the status filter).
/// </summary>
public sealed record ListDeployments : PagedQuery, IQuery<DeploymentPageDto>
{
    [Description("proposed, invited, accepted, declined, released, confirmed, completed or cancelled; several separated by commas.")]
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "expertId")] public int? ExpertId { get; set; }
    [FromQuery(Name = "requestId")] public int? RequestId { get; set; }
    [FromQuery(Name = "activityId")] public long? ActivityId { get; set; }
    [Description("The experts' origin: member (inside the region), wco-secretariat or outside-region; several separated by commas.")]
    [FromQuery(Name = "origin")] public string? Origin { get; set; }
    [Description("Deployments starting on or after this day.")]
    [FromQuery(Name = "startsFrom")] public DateOnly? StartsFrom { get; set; }
    [Description("Deployments starting on or before this day.")]
    [FromQuery(Name = "startsTo")] public DateOnly? StartsTo { get; set; }
    [Description("Deployments for an activity hosted by or for a Member of this sub-region.")]
    [FromQuery(Name = "subRegionId")] public int? SubRegionId { get; set; }

    internal static bool TryParseList<T>(string? text, out List<T> values) where T : struct, Enum
    {
        values = [];
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!KebabEnum.TryParse<T>(part, out var value)) return false;
            values.Add(value);
        }
        return values.Count > 0;
    }
}

public sealed class ListDeploymentsValidator : AbstractValidator<ListDeployments>
{
    public ListDeploymentsValidator()
    {
        this.PageRules(q => q.PageNumber, q => q.Size);
        RuleFor(q => q.Status).Must(t => ListDeployments.TryParseList<DeploymentStatus>(t, out _)).When(q => q.Status is not null)
            .WithMessage($"status must be one or more (separated by commas) of: {KebabEnum.Names<DeploymentStatus>()}.");
        RuleFor(q => q.Origin).Must(t => ListDeployments.TryParseList<ExpertOrigin>(t, out _)).When(q => q.Origin is not null)
            .WithMessage($"origin must be one or more (separated by commas) of: {KebabEnum.Names<ExpertOrigin>()}.");
        RuleFor(q => q.StartsTo).GreaterThanOrEqualTo(q => q.StartsFrom).When(q => q.StartsFrom is not null && q.StartsTo is not null)
            .WithMessage("startsTo must not be before startsFrom.");
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
        if (ListDeployments.TryParseList<ExpertOrigin>(request.Origin, out var origins)) q = q.Where(d => origins.Contains(d.Expert.Origin));
        if (request.StartsFrom is { } from) q = q.Where(d => d.StartsOn >= from);
        if (request.StartsTo is { } to) q = q.Where(d => d.StartsOn <= to);
        // Same rule as the dashboard's figure (ProgressQueries): the activity is hosted by or for a Member of the sub-region.
        if (request.SubRegionId is { } sub)
            q = q.Where(d => d.Activity != null && ((d.Activity.HostMember != null && d.Activity.HostMember.SubRegionId == sub)
                                                    || d.Activity.Members.Any(m => m.SubRegionId == sub)));
        var byStatus = await q.GroupBy(d => d.Status).Select(g => new DeploymentStatusCountDto(g.Key, g.Count())).ToListAsync(cancellationToken);
        if (ListDeployments.TryParseList<DeploymentStatus>(request.Status, out var statuses)) q = q.Where(d => statuses.Contains(d.Status));
        var total = await q.CountAsync(cancellationToken);
        var items = await q.OrderByDescending(d => d.StartsOn).ThenByDescending(d => d.Id).TakePage(request.PageNumber, request.Size)
            .Select(DeploymentDto.Projection).ToListAsync(cancellationToken);
        return new DeploymentPageDto(items, request.PageNumber, request.Size, total, byStatus.OrderBy(s => s.Status).ToList());
    }
}
