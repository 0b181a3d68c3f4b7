using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>Administrators set the weight (0-100) of each part of the match score and the workload cap.</summary>
public sealed record UpdateMatchingSettings : ICommand<MatchingSettingsDto>
{
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
    public int TopicWeight { get; init; }
    public int AccreditationWeight { get; init; }
    public int LanguageWeight { get; init; }
    public int AvailabilityWeight { get; init; }
    public int RegionWeight { get; init; }
    public int WorkloadWeight { get; init; }
    public int AppraisalWeight { get; init; }
    /// <summary>Deployments in the 12 months before a mission at which workload fairness gives nothing (1-100).</summary>
    public int WorkloadCap { get; init; }
}

public sealed class UpdateMatchingSettingsValidator : AbstractValidator<UpdateMatchingSettings>
{
    public UpdateMatchingSettingsValidator()
    {
        foreach (var (name, get) in new (string, Func<UpdateMatchingSettings, int>)[]
                 {
                     ("topicWeight", s => s.TopicWeight), ("accreditationWeight", s => s.AccreditationWeight), ("languageWeight", s => s.LanguageWeight),
                     ("availabilityWeight", s => s.AvailabilityWeight), ("regionWeight", s => s.RegionWeight), ("workloadWeight", s => s.WorkloadWeight),
                     ("appraisalWeight", s => s.AppraisalWeight),
                 })
            RuleFor(s => get(s)).InclusiveBetween(0, 100).OverridePropertyName(name).WithMessage("Weights are 0 to 100.");
        RuleFor(s => s.WorkloadCap).InclusiveBetween(1, 100).WithMessage("The workload cap is 1 to 100 deployments.");
        RuleFor(s => s).Must(s => s.TopicWeight + s.AccreditationWeight + s.LanguageWeight + s.AvailabilityWeight + s.RegionWeight
                                  + s.WorkloadWeight + s.AppraisalWeight > 0)
            .OverridePropertyName("topicWeight").WithMessage("At least one weight must be above 0.");
    }
}

internal sealed class UpdateMatchingSettingsHandler(RocbDbContext db) : IRequestHandler<UpdateMatchingSettings, MatchingSettingsDto>
{
    public async Task<MatchingSettingsDto> Handle(UpdateMatchingSettings request, CancellationToken cancellationToken)
    {
        var s = await db.MatchingSettings.SingleOrDefaultAsync(cancellationToken);
        if (s is null) db.MatchingSettings.Add(s = new MatchingSettings());
        else db.Entry(s).ExpectVersion(request.ExpectedVersion, "Matching settings", 1);
        (s.TopicWeight, s.AccreditationWeight, s.LanguageWeight, s.AvailabilityWeight, s.RegionWeight, s.WorkloadWeight, s.AppraisalWeight, s.WorkloadCap) =
            (request.TopicWeight, request.AccreditationWeight, request.LanguageWeight, request.AvailabilityWeight, request.RegionWeight,
                request.WorkloadWeight, request.AppraisalWeight, request.WorkloadCap);
        await db.SaveChangesAsync(cancellationToken);
        return GetMatchingSettingsHandler.ToDto(s);
    }
}
