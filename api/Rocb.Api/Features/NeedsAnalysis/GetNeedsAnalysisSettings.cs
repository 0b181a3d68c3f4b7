using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

public sealed record GetNeedsAnalysisSettings : IQuery<NeedsAnalysisSettingsDto>;

internal sealed class GetNeedsAnalysisSettingsHandler(RocbDbContext db) : IRequestHandler<GetNeedsAnalysisSettings, NeedsAnalysisSettingsDto>
{
    public async Task<NeedsAnalysisSettingsDto> Handle(GetNeedsAnalysisSettings request, CancellationToken cancellationToken) =>
        ToDto(await LoadAsync(db, cancellationToken));

    /// <summary>The row (migration 0007 inserts it); the defaults if it was ever removed.</summary>
    internal static async Task<NeedsAnalysisSettings> LoadAsync(RocbDbContext db, CancellationToken ct) =>
        await db.NeedsAnalysisSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? new NeedsAnalysisSettings();

    internal static NeedsAnalysisSettingsDto ToDto(NeedsAnalysisSettings s) => new(s.SubRegionalWorkshopThreshold, s.HighNeedLevel,
        s.SupplyShortageRatio, s.ExpertsPerWorkshop, s.ExpertsPerNationalActivity, s.Version.ToString());
}
