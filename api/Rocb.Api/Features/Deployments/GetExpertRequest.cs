using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Features.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>A request with its topics, its deployments and the release requests sent for it.</summary>
public sealed record GetExpertRequest(int Id) : IQuery<ExpertRequestDto>;

internal sealed class GetExpertRequestHandler(RocbDbContext db) : IRequestHandler<GetExpertRequest, ExpertRequestDto>
{
    public async Task<ExpertRequestDto> Handle(GetExpertRequest request, CancellationToken cancellationToken)
    {
        var r = await db.ExpertRequests.AsNoTracking().AsSplitQuery().Include(x => x.Topics).Include(x => x.RequestingMember).Include(x => x.Activity)
                    .SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("Expert request", request.Id);
        var deployments = await db.Deployments.AsNoTracking().Where(d => d.RequestId == r.Id).OrderBy(d => d.Id)
            .Select(DeploymentDto.Projection).ToListAsync(cancellationToken);
        var donors = await db.DonorRequests.AsNoTracking().Where(d => d.ExpertRequestId == r.Id).OrderBy(d => d.Id)
            .Select(DonorRequestDto.Projection).ToListAsync(cancellationToken);
        return new ExpertRequestDto(r.Id, r.Title, r.ActivityId, r.Activity?.Title, r.StartsOn, r.EndsOn, r.Place, r.Mode, r.Language, r.ExpertsNeeded,
            r.Accreditation, r.Category, r.IsDiagnostic,
            r.RequestingMember is { } m ? new MemberRefDto(m.Id, m.Code, m.Name) : null, r.Funding, r.Status, r.Note,
            r.Topics.OrderBy(t => t.Code).Select(t => new TopicRefDto(t.Id, t.Code, t.Name)).ToList(), deployments, donors, r.CreatedAt,
            r.Version.ToString());
    }
}
