using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.ReferenceData;

/// <summary>
/// Loads regions, sub-regions and Member administrations in the format of
/// Persistence/Seed/reference-data.json. Records are matched by code and only missing ones are created,
/// so running it again (every start seeds through it) never overwrites what users have edited.
/// All or nothing: one invalid entry rejects the whole file.
/// </summary>
public sealed record ImportReferenceData : ICommand<ReferenceDataImportResultDto>
{
    public string? Description { get; init; }
    public IReadOnlyList<RegionImport> Regions { get; init; } = [];
    public IReadOnlyList<SubRegionImport> SubRegions { get; init; } = [];
    public IReadOnlyList<MemberImport> Members { get; init; } = [];
    public IReadOnlyList<TopicImport> Topics { get; init; } = [];
}

/// <summary>A WCO instrument or theme of the topic list (seeds 002 and 003).</summary>
public sealed record TopicImport(string Code, string Name, string Package, string? Source);

public sealed record RegionImport(string Code, string Name, string? RocbLocation, string? Source);

public sealed record SubRegionImport(string Code, string Name, string RegionCode, string? ProgrammeManager, string? Source);

/// <summary>A Member; its sub-region is named by code (and by region code where the sub-region code is ambiguous).</summary>
public sealed record MemberImport(
    string Code, string Name, string SubRegionCode, string? RegionCode, DateOnly? JoinedOn, DateOnly? LeftOn,
    bool IsCbRecipient, bool IsDonor, bool IsSmallIslandEconomy, bool IsRtcHost, string? Source,
    IReadOnlyDictionary<string, string>? FlagSources);

/// <summary>How many records of each kind were created, and how many already existed (left as they were).</summary>
public sealed record ReferenceDataImportResultDto(
    int RegionsCreated, int RegionsExisting, int SubRegionsCreated, int SubRegionsExisting, int MembersCreated, int MembersExisting,
    int TopicsCreated = 0, int TopicsExisting = 0);

public sealed class ImportReferenceDataValidator : AbstractValidator<ImportReferenceData>
{
    public ImportReferenceDataValidator(RocbDbContext db)
    {
        RuleFor(x => x.Regions).NotNull();
        RuleFor(x => x.SubRegions).NotNull();
        RuleFor(x => x.Members).NotNull();
        RuleFor(x => x.Topics).NotNull();
        RuleForEach(x => x.Topics).ChildRules(t =>
        {
            t.RuleFor(e => e.Code).NotEmpty().Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("Topic codes are kebab-case, e.g. risk-management.");
            t.RuleFor(e => e.Name).NotEmpty().MaximumLength(200);
            t.RuleFor(e => e.Package).Must(p => Packages.Contains(p))
                .WithMessage($"Package must be one of: {string.Join(", ", Packages)}.");
        });
        RuleForEach(x => x.Regions).ChildRules(r =>
        {
            r.RuleFor(e => e.Code).NotEmpty().Matches("^[A-Z]{2,10}$").WithMessage("Code must be 2 to 10 capital letters.");
            r.RuleFor(e => e.Name).NotEmpty().MaximumLength(200);
        });
        RuleForEach(x => x.SubRegions).ChildRules(s =>
        {
            s.RuleFor(e => e.Code).NotEmpty().Matches("^[A-Z]{2,10}$").WithMessage("Code must be 2 to 10 capital letters.");
            s.RuleFor(e => e.Name).NotEmpty().MaximumLength(200);
            s.RuleFor(e => e.RegionCode).NotEmpty();
            s.RuleFor(e => e.ProgrammeManager).MaximumLength(200);
        });
        RuleForEach(x => x.Members).ChildRules(m =>
        {
            m.RuleFor(e => e.Code).NotEmpty().Matches("^[A-Z]{2}$").WithMessage("Code must be two capital letters, e.g. TH.");
            m.RuleFor(e => e.Name).NotEmpty().MaximumLength(200);
            m.RuleFor(e => e.SubRegionCode).NotEmpty();
            m.RuleFor(e => e.LeftOn).GreaterThanOrEqualTo(e => e.JoinedOn!.Value)
                .When(e => e.JoinedOn is not null && e.LeftOn is not null)
                .WithMessage("The date left must not be before the date joined.");
        });
        RuleFor(x => x).CustomAsync(async (file, context, ct) =>
        {
            Duplicates(file.Regions.Select(r => r.Code), "regions", context);
            Duplicates(file.SubRegions.Select(s => $"{s.RegionCode}/{s.Code}"), "subRegions", context);
            Duplicates(file.Members.Select(m => m.Code), "members", context);
            Duplicates((file.Topics ?? []).Select(t => t.Code), "topics", context);

            var regionCodes = (await db.Regions.Select(r => r.Code).ToListAsync(ct)).Concat(file.Regions.Select(r => r.Code)).ToHashSet();
            for (var i = 0; i < file.SubRegions.Count; i++)
                if (!regionCodes.Contains(file.SubRegions[i].RegionCode))
                    context.AddFailure($"subRegions[{i}].regionCode", $"Region {file.SubRegions[i].RegionCode} is neither in the file nor in Rocb.");

            var subRegions = (await db.SubRegions.Select(s => new { s.Code, RegionCode = s.Region.Code }).ToListAsync(ct))
                .Select(s => (s.Code, s.RegionCode))
                .Concat(file.SubRegions.Select(s => (s.Code, s.RegionCode)))
                .Distinct().ToList();
            for (var i = 0; i < file.Members.Count; i++)
            {
                var matches = subRegions.Count(s => s.Code == file.Members[i].SubRegionCode
                                                    && (file.Members[i].RegionCode is null || s.RegionCode == file.Members[i].RegionCode));
                if (matches == 0)
                    context.AddFailure($"members[{i}].subRegionCode", $"Sub-region {file.Members[i].SubRegionCode} is neither in the file nor in Rocb.");
                else if (matches > 1)
                    context.AddFailure($"members[{i}].regionCode", $"Sub-region {file.Members[i].SubRegionCode} exists in several regions: give regionCode.");
            }
        });
    }

    public static readonly string[] Packages =
        ["economic-competitiveness", "revenue", "compliance-enforcement", "organizational-development", "other"];

    private static void Duplicates(IEnumerable<string> codes, string list, ValidationContext<ImportReferenceData> context)
    {
        foreach (var code in codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key))
            context.AddFailure(list, $"{code} appears more than once in {list}.");
    }
}

internal sealed class ImportReferenceDataHandler(RocbDbContext db) : IRequestHandler<ImportReferenceData, ReferenceDataImportResultDto>
{
    public async Task<ReferenceDataImportResultDto> Handle(ImportReferenceData request, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken);
        var regionsCreated = 0;
        foreach (var entry in request.Regions.Where(e => !regions.ContainsKey(e.Code)))
        {
            var region = new Region { Code = entry.Code, Name = entry.Name, RocbLocation = entry.RocbLocation, Source = entry.Source };
            db.Regions.Add(region);
            regions[entry.Code] = region;
            regionsCreated++;
        }

        var subRegions = await db.SubRegions.Include(s => s.Region).ToListAsync(cancellationToken);
        var subRegionsCreated = 0;
        foreach (var entry in request.SubRegions.Where(e => !subRegions.Any(s => s.Code == e.Code && s.Region.Code == e.RegionCode)))
        {
            var subRegion = new SubRegion
            {
                Code = entry.Code, Name = entry.Name, Region = regions[entry.RegionCode],
                ProgrammeManager = entry.ProgrammeManager, Source = entry.Source,
            };
            db.SubRegions.Add(subRegion);
            subRegions.Add(subRegion);
            subRegionsCreated++;
        }

        var memberCodes = await db.Members.Select(m => m.Code).ToHashSetAsync(cancellationToken);
        var membersCreated = 0;
        foreach (var entry in request.Members.Where(e => !memberCodes.Contains(e.Code)))
        {
            db.Members.Add(new Member
            {
                Code = entry.Code, Name = entry.Name,
                SubRegion = subRegions.Single(s => s.Code == entry.SubRegionCode && (entry.RegionCode is null || s.Region.Code == entry.RegionCode)),
                JoinedOn = entry.JoinedOn, LeftOn = entry.LeftOn,
                IsCbRecipient = entry.IsCbRecipient, IsDonor = entry.IsDonor,
                IsSmallIslandEconomy = entry.IsSmallIslandEconomy, IsRtcHost = entry.IsRtcHost,
                Source = SourceWithFlagEvidence(entry),
            });
            membersCreated++;
        }

        var topicCodes = await db.Topics.Select(t => t.Code).ToHashSetAsync(cancellationToken);
        var topicsCreated = 0;
        foreach (var entry in request.Topics.Where(e => !topicCodes.Contains(e.Code)))
        {
            db.Topics.Add(new Topic { Code = entry.Code, Name = entry.Name, Package = entry.Package, Source = entry.Source });
            topicsCreated++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReferenceDataImportResultDto(
            regionsCreated, request.Regions.Count - regionsCreated,
            subRegionsCreated, request.SubRegions.Count - subRegionsCreated,
            membersCreated, request.Members.Count - membersCreated,
            topicsCreated, request.Topics.Count - topicsCreated);
    }

    // The evidence for each flag is kept with the record's source so nothing of the file is lost.
    private static string? SourceWithFlagEvidence(MemberImport entry) =>
        entry.FlagSources is not { Count: > 0 } flags
            ? entry.Source
            : string.Join("\n", new[] { entry.Source }.Concat(flags.Select(f => $"{f.Key}: {f.Value}")).Where(s => s is not null));
}
