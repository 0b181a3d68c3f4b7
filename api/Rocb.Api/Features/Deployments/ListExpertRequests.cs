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

/// <summary>Expert requests, latest mission first; with how many experts are confirmed (or completed) for each.</summary>
public sealed record ListExpertRequests : PagedQuery, IQuery<ExpertRequestPageDto>
{
    [Description("open, staffed, closed or cancelled.")]
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [Description("Only missions starting on or after this date.")]
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [Description("Only missions starting on or before this date.")]
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
    [FromQuery(Name = "topicId")] public int? TopicId { get; set; }
    [FromQuery(Name = "activityId")] public long? ActivityId { get; set; }
}

public sealed class ListExpertRequestsValidator : AbstractValidator<ListExpertRequests>
{
    public ListExpertRequestsValidator()
    {
        this.PageRules(q => q.PageNumber, q => q.Size);
        RuleFor(q => q.Status).Must(t => KebabEnum.TryParse<ExpertRequestStatus>(t, out _)).When(q => q.Status is not null)
            .WithMessage($"status must be one of: {KebabEnum.Names<ExpertRequestStatus>()}.");
        RuleFor(q => q.To).Must((q, to) => to is null || q.From is null || to >= q.From).WithMessage("to must not be before from.");
    }
}

internal sealed class ListExpertRequestsHandler(RocbDbContext db) : IRequestHandler<ListExpertRequests, ExpertRequestPageDto>
{
    public async Task<ExpertRequestPageDto> Handle(ListExpertRequests request, CancellationToken cancellationToken)
    {
        IQueryable<ExpertRequest> q = db.ExpertRequests.AsNoTracking();
        if (KebabEnum.TryParse<ExpertRequestStatus>(request.Status, out var status)) q = q.Where(r => r.Status == status);
        if (request.From is { } from) q = q.Where(r => r.StartsOn >= from);
        if (request.To is { } to) q = q.Where(r => r.StartsOn <= to);
        if (request.TopicId is { } topic) q = q.Where(r => r.Topics.Any(t => t.Id == topic));
        if (request.ActivityId is { } activity) q = q.Where(r => r.ActivityId == activity);
        var total = await q.CountAsync(cancellationToken);
        var page = await q.OrderByDescending(r => r.StartsOn).ThenByDescending(r => r.Id).TakePage(request.PageNumber, request.Size)
            .Select(ExpertRequestSummaryDto.Projection).ToListAsync(cancellationToken);
        var ids = page.Select(p => p.Id).ToList();
        var confirmed = await db.Deployments.Where(d => d.RequestId != null && ids.Contains(d.RequestId.Value)
                                                        && (d.Status == DeploymentStatus.Confirmed || d.Status == DeploymentStatus.Completed))
            .GroupBy(d => d.RequestId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return new ExpertRequestPageDto(page.Select(p => p with { Confirmed = confirmed.GetValueOrDefault(p.Id) }).ToList(),
            request.PageNumber, request.Size, total);
    }
}
