using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

public sealed record GetMatchingSettings : IQuery<MatchingSettingsDto>;

internal sealed class GetMatchingSettingsHandler(RocbDbContext db) : IRequestHandler<GetMatchingSettings, MatchingSettingsDto>
{
    public async Task<MatchingSettingsDto> Handle(GetMatchingSettings request, CancellationToken cancellationToken) =>
        ToDto(await db.MatchingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new MatchingSettings());

    internal static MatchingSettingsDto ToDto(MatchingSettings s) => new(s.TopicWeight, s.AccreditationWeight, s.LanguageWeight,
        s.AvailabilityWeight, s.RegionWeight, s.WorkloadWeight, s.AppraisalWeight, s.WorkloadCap, s.Version.ToString());
}
