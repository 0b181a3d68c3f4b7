using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Features.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Milestones;

/// <summary>The approved statuses of a plan's milestones as CSV, in the import format (export → edit → import).</summary>
public sealed record ExportMilestoneStatusesCsv(int PlanId) : IQuery<string>;

internal sealed class ExportMilestoneStatusesCsvHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<ExportMilestoneStatusesCsv, string>
{
    public async Task<string> Handle(ExportMilestoneStatusesCsv request, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == request.PlanId, cancellationToken)) throw new Common.Errors.NotFoundException("Plan", request.PlanId);
        var rows = await db.MilestoneStatusRecords.AsNoTracking().Visible(user)
            .Where(r => r.Milestone.PlanId == request.PlanId && r.State == ReviewState.Approved)
            .OrderBy(r => r.Member.Code).ThenBy(r => r.Milestone.Code).ThenBy(r => r.EffectiveOn)
            .Select(r => new { Member = r.Member.Code, Plan = r.Milestone.Plan.Code, Milestone = r.Milestone.Code, r.Status, r.EffectiveOn,
                r.Evidence, r.EvidenceLink, r.SourceDocument, r.NotApplicableReason })
            .ToListAsync(cancellationToken);
        return MilestoneStatusCsv.Write(rows.Select(r => new MilestoneStatusCsv.Row
        {
            MemberCode = r.Member, PlanCode = r.Plan, MilestoneCode = r.Milestone, Status = KebabEnum.Name(r.Status),
            EffectiveOn = r.EffectiveOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Evidence = r.Evidence,
            EvidenceLink = r.EvidenceLink, Source = r.SourceDocument, NotApplicableReason = r.NotApplicableReason,
        }));
    }
}
