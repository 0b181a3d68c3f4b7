using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.SubRegions;

/// <summary>The editable fields of a sub-region, shared by create and update.</summary>
public abstract record SubRegionFields
{
    /// <summary>Short capital code, unique within the region, e.g. SEA.</summary>
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>The region's code, e.g. AP.</summary>
    public string RegionCode { get; init; } = "";
    public string? ProgrammeManager { get; init; }
    public string? Source { get; init; }

    internal void ApplyTo(SubRegion subRegion, int regionId)
    {
        subRegion.Code = Code.Trim();
        subRegion.Name = Name.Trim();
        subRegion.RegionId = regionId;
        subRegion.ProgrammeManager = Clean(ProgrammeManager);
        subRegion.Source = Clean(Source);
    }
}

public abstract class SubRegionFieldsValidator<T> : AbstractValidator<T> where T : SubRegionFields
{
    protected SubRegionFieldsValidator(RocbDbContext db)
    {
        RuleFor(s => s.Code).NotEmpty().WithMessage("Code is required.")
            .Matches("^[A-Z]{2,10}$").WithMessage("Code must be 2 to 10 capital letters, e.g. SEA.");
        RuleFor(s => s.Name).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(200).WithMessage("Name must be at most 200 characters.");
        RuleFor(s => s.RegionCode).NotEmpty().WithMessage("Region is required.")
            .MustAsync((code, ct) => db.Regions.AnyAsync(r => r.Code == code, ct))
            .When(s => !string.IsNullOrEmpty(s.RegionCode))
            .WithMessage("Choose an existing region, e.g. AP.");
        RuleFor(s => s.ProgrammeManager).MaximumLength(200).WithMessage("Programme manager must be at most 200 characters.");
        RuleFor(s => s.Source).MaximumLength(4000).WithMessage("Source must be at most 4000 characters.");
    }
}

internal static class RegionLookup
{
    public static Task<int> RegionIdAsync(this RocbDbContext db, string code, CancellationToken ct) =>
        db.Regions.Where(r => r.Code == code).Select(r => r.Id).SingleAsync(ct);
}
