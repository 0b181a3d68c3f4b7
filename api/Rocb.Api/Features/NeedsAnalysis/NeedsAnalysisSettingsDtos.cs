namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>The settings of the proposal rules; Version is the ETag.</summary>
public sealed record NeedsAnalysisSettingsDto(int SubRegionalWorkshopThreshold, int HighNeedLevel, decimal SupplyShortageRatio,
    int ExpertsPerWorkshop, int ExpertsPerNationalActivity, string Version);
