using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Experts;

/// <summary>The candidate list: experts with an accreditation still in candidate or pre-accredited status (same filters as the roster).</summary>
public sealed record ListExpertCandidates : ListExperts, IQuery<ExpertPageDto>;

public sealed class ListExpertCandidatesValidator : ListExpertsRules<ListExpertCandidates>;

internal sealed class ListExpertCandidatesHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<ListExpertCandidates, ExpertPageDto>
{
    public Task<ExpertPageDto> Handle(ListExpertCandidates request, CancellationToken cancellationToken) =>
        ListExpertsHandler.Page(db, user, request, q => q.Where(e => e.Accreditations.Any(a =>
            a.Status == AccreditationStatus.Candidate || a.Status == AccreditationStatus.PreAccredited)), cancellationToken);
}
