using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>Administrators tune the proposal rules (If-Match with the settings' ETag guards against a concurrent change).</summary>
public sealed record UpdateNeedsAnalysisSettings : ICommand<NeedsAnalysisSettingsDto>
{
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
    /// <summary>Members of one sub-region with a high need on one topic from which a sub-regional workshop is proposed (2-50).</summary>
    public int SubRegionalWorkshopThreshold { get; init; }
    /// <summary>The need level from which a need is high (1 low, 2 medium, 3 high).</summary>
    public int HighNeedLevel { get; init; }
    /// <summary>Members with a high need per accredited expert above which a topic's supply is short (above 0, at most 100).</summary>
    public decimal SupplyShortageRatio { get; init; }
    public int ExpertsPerWorkshop { get; init; }
    public int ExpertsPerNationalActivity { get; init; }
}

public sealed class UpdateNeedsAnalysisSettingsValidator : AbstractValidator<UpdateNeedsAnalysisSettings>
{
    public UpdateNeedsAnalysisSettingsValidator()
    {
        RuleFor(s => s.SubRegionalWorkshopThreshold).InclusiveBetween(2, 50)
            .WithMessage("A sub-regional workshop needs 2 to 50 Members asking (one Member gets a national activity).");
        RuleFor(s => s.HighNeedLevel).InclusiveBetween(1, 3).WithMessage("The high need level is 1 (low), 2 (medium) or 3 (high).");
        RuleFor(s => s.SupplyShortageRatio).GreaterThan(0).LessThanOrEqualTo(100)
            .WithMessage("The shortage ratio is Members per accredited expert: above 0 and at most 100.");
        RuleFor(s => s.SupplyShortageRatio).Must(r => decimal.Round(r, 2) == r).WithMessage("At most two decimals.");
        RuleFor(s => s.ExpertsPerWorkshop).InclusiveBetween(0, 20).WithMessage("Experts per workshop is 0 to 20.");
        RuleFor(s => s.ExpertsPerNationalActivity).InclusiveBetween(0, 20).WithMessage("Experts per national activity is 0 to 20.");
    }
}

internal sealed class UpdateNeedsAnalysisSettingsHandler(RocbDbContext db) : IRequestHandler<UpdateNeedsAnalysisSettings, NeedsAnalysisSettingsDto>
{
    public async Task<NeedsAnalysisSettingsDto> Handle(UpdateNeedsAnalysisSettings request, CancellationToken cancellationToken)
    {
        var s = await db.NeedsAnalysisSettings.SingleOrDefaultAsync(cancellationToken);
        if (s is null) db.NeedsAnalysisSettings.Add(s = new NeedsAnalysisSettings());
        else db.Entry(s).ExpectVersion(request.ExpectedVersion, "Needs analysis settings", 1);
        (s.SubRegionalWorkshopThreshold, s.HighNeedLevel, s.SupplyShortageRatio, s.ExpertsPerWorkshop, s.ExpertsPerNationalActivity) =
            (request.SubRegionalWorkshopThreshold, request.HighNeedLevel, request.SupplyShortageRatio, request.ExpertsPerWorkshop,
                request.ExpertsPerNationalActivity);
        await db.SaveChangesAsync(cancellationToken);
        return GetNeedsAnalysisSettingsHandler.ToDto(s);
    }
}
