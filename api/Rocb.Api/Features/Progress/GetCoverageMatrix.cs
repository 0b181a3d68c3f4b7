using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Features.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Progress;

public sealed record MatrixMilestoneDto(int Id, string Code, string Reference, string? TopicName);

/// <summary>A Member's latest approved status on one milestone (null status: nothing reported), with its evidence.</summary>
public sealed record MatrixCellDto(int MilestoneId, string? Status, DateOnly? EffectiveOn, string? Evidence, string? EvidenceLink,
    string? SourceDocument, long? RecordId, string? RecordMilestone);

public sealed record MatrixMemberDto(int Id, string Code, string Name, string SubRegionCode, int Achieved, IReadOnlyList<MatrixCellDto> Cells);

/// <summary>Members × milestones of a plan on a date: who has and has not achieved each milestone.</summary>
public sealed record CoverageMatrixDto(int PlanId, string PlanCode, DateOnly AsOf, IReadOnlyList<MatrixMilestoneDto> Milestones,
    IReadOnlyList<MatrixMemberDto> Members);

public sealed record GetCoverageMatrix : IQuery<CoverageMatrixDto>
{
    [FromRoute(Name = "id")]
    public int PlanId { get; set; }

    [Description("The date the statuses are for (default: today).")]
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; set; }

    [Description("Only Members of this sub-region.")]
    [FromQuery(Name = "subRegionId")]
    public int? SubRegionId { get; set; }

    [Description("Only this Member (the Member view).")]
    [FromQuery(Name = "memberId")]
    public int? MemberId { get; set; }
}

internal sealed class GetCoverageMatrixHandler(RocbDbContext db, ProgressEngine engine, ProgressQueries queries, TimeProvider clock)
    : IRequestHandler<GetCoverageMatrix, CoverageMatrixDto>
{
    public async Task<CoverageMatrixDto> Handle(GetCoverageMatrix request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var plan = await engine.PlanAsync(request.PlanId, cancellationToken);
        if (request.MemberId is { } memberId && !await db.Members.AnyAsync(m => m.Id == memberId, cancellationToken))
            throw new NotFoundException("Member", memberId);
        var milestones = (await db.Milestones.AsNoTracking().Where(m => m.PlanId == plan.Id)
                .Select(m => new MatrixMilestoneDto(m.Id, m.Code, m.Reference, m.Topic!.Name)).ToListAsync(cancellationToken))
            .OrderBy(m => m.Code, MilestoneCodeComparer.Instance).ToList();
        var members = await db.Members.AsNoTracking()
            .Where(m => m.SubRegion.RegionId == plan.RegionId && (request.SubRegionId == null || m.SubRegionId == request.SubRegionId)
                        && (request.MemberId == null || m.Id == request.MemberId)
                        && (m.JoinedOn == null || m.JoinedOn <= asOf) && (m.LeftOn == null || m.LeftOn > asOf))
            .OrderBy(m => m.SubRegion.Name).ThenBy(m => m.Name)
            .Select(m => new { m.Id, m.Code, m.Name, SubRegionCode = m.SubRegion.Code }).ToListAsync(cancellationToken);
        var cells = (await queries.MatrixAsync(plan.Id, plan.RegionId, request.SubRegionId, request.MemberId, asOf, cancellationToken))
            .ToLookup(c => c.MemberId);
        return new CoverageMatrixDto(plan.Id, plan.Code, asOf, milestones, members.Select(m =>
        {
            var mine = cells[m.Id].ToDictionary(c => c.MilestoneId);
            return new MatrixMemberDto(m.Id, m.Code, m.Name, m.SubRegionCode, mine.Values.Count(c => c.Status == "Achieved"),
                milestones.Select(ms => mine.TryGetValue(ms.Id, out var c)
                    ? new MatrixCellDto(ms.Id, c.Status, c.EffectiveOn, c.Evidence, c.EvidenceLink, c.SourceDocument, c.RecordId, c.RecordMilestone)
                    : new MatrixCellDto(ms.Id, null, null, null, null, null, null, null)).ToList());
        }).ToList());
    }
}
