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

public sealed record ListDonorRequests : PagedQuery, IQuery<DonorRequestPageDto>
{
    [Description("released, declined or no-answer.")]
    [FromQuery(Name = "outcome")] public string? Outcome { get; set; }
    [Description("true: only requests still waiting for an answer.")]
    [FromQuery(Name = "pending")] public bool? Pending { get; set; }
    [FromQuery(Name = "expertRequestId")] public int? ExpertRequestId { get; set; }
    [FromQuery(Name = "memberId")] public int? MemberId { get; set; }
}

public sealed class ListDonorRequestsValidator : AbstractValidator<ListDonorRequests>
{
    public ListDonorRequestsValidator()
    {
        this.PageRules(q => q.PageNumber, q => q.Size);
        RuleFor(q => q.Outcome).Must(t => KebabEnum.TryParse<DonorOutcome>(t, out _)).When(q => q.Outcome is not null)
            .WithMessage($"outcome must be one of: {KebabEnum.Names<DonorOutcome>()}.");
    }
}

internal sealed class ListDonorRequestsHandler(RocbDbContext db) : IRequestHandler<ListDonorRequests, DonorRequestPageDto>
{
    public async Task<DonorRequestPageDto> Handle(ListDonorRequests request, CancellationToken cancellationToken)
    {
        IQueryable<DonorRequest> q = db.DonorRequests.AsNoTracking();
        if (KebabEnum.TryParse<DonorOutcome>(request.Outcome, out var outcome)) q = q.Where(r => r.Outcome == outcome);
        if (request.Pending is { } pending) q = pending ? q.Where(r => r.Outcome == null) : q.Where(r => r.Outcome != null);
        if (request.ExpertRequestId is { } er) q = q.Where(r => r.ExpertRequestId == er);
        if (request.MemberId is { } member) q = q.Where(r => r.MemberId == member);
        var total = await q.CountAsync(cancellationToken);
        var items = await q.OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id).TakePage(request.PageNumber, request.Size)
            .Select(DonorRequestDto.Projection).ToListAsync(cancellationToken);
        return new DonorRequestPageDto(items, request.PageNumber, request.Size, total);
    }
}
