using System.Linq.Expressions;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Features.Activities;

namespace Rocb.Api.Features.Experts;

public sealed record ExpertTopicDto(int TopicId, string Code, string Name, int Level);
public sealed record AccreditationBriefDto(long Id, AccreditationCategory Category, string? Area, AccreditationStatus Status, DateOnly? ValidFrom, DateOnly? ValidUntil);
/// <summary>One recorded step of an accreditation's lifecycle.</summary>
public sealed record AccreditationStatusChangeDto(
    long Id, AccreditationStatus Status, DateOnly? EffectiveOn, DateTimeOffset RecordedAt, string RecordedBy, string? Evidence, string? OverrideReason);
public sealed record AccreditationDto(
    long Id, AccreditationCategory Category, string? Area, AccreditationStatus Status, DateOnly? StatusSince, DateOnly? ValidFrom,
    DateOnly? ValidUntil, string? Evidence, string? OverrideReason, string Version,
    /// <summary>Every status it has had, oldest first (the accreditation history).</summary>
    IReadOnlyList<AccreditationStatusChangeDto> History);
public sealed record UnavailabilityDto(long Id, DateOnly StartsOn, DateOnly EndsOn, string? Reason);

/// <summary>A row of the roster (no contact details).</summary>
public sealed record ExpertSummaryDto(
    int Id, string Name, ExpertOrigin Origin, MemberRefDto? Member, string? OutsideAdministration, Gender Gender,
    IReadOnlyList<string> Languages, IReadOnlyList<ExpertTopicDto> Topics, IReadOnlyList<AccreditationBriefDto> Accreditations, bool ConsentToContact)
{
    public static readonly Expression<Func<Expert, ExpertSummaryDto>> Projection = e => new ExpertSummaryDto(
        e.Id, e.Name, e.Origin, e.Member == null ? null : new MemberRefDto(e.Member.Id, e.Member.Code, e.Member.Name), e.OutsideAdministration,
        e.Gender, e.Languages,
        e.Topics.OrderBy(t => t.Topic.Code).Select(t => new ExpertTopicDto(t.TopicId, t.Topic.Code, t.Topic.Name, t.Level)).ToList(),
        e.Accreditations.OrderBy(a => a.Id).Select(a => new AccreditationBriefDto(a.Id, a.Category, a.Area, a.Status, a.ValidFrom, a.ValidUntil)).ToList(),
        e.ConsentToContact);
}

public sealed record ExpertPageDto(IReadOnlyList<ExpertSummaryDto> Items, int Page, int PageSize, int Total);

/// <summary>An expert's profile with its personal data (Staff, Administrators and the expert itself only).</summary>
public sealed record ExpertDto(
    int Id, string Name, ExpertOrigin Origin, MemberRefDto? Member, string? OutsideAdministration, Gender Gender,
    IReadOnlyList<string> Languages, string? Email, string? Phone, bool ConsentToContact, string? Notes, string? Source,
    IReadOnlyList<ExpertTopicDto> Topics, IReadOnlyList<AccreditationDto> Accreditations, IReadOnlyList<UnavailabilityDto> Unavailability,
    string Version);

public static class ExpertLabels
{
    /// <summary>The home administration as people say it: "Japan", "WCO Secretariat", "France (outside the region)".</summary>
    public static string Home(ExpertOrigin origin, string? memberName, string? outside) => origin switch
    {
        ExpertOrigin.Member => memberName ?? "",
        ExpertOrigin.WcoSecretariat => "WCO Secretariat",
        _ => $"{outside} (outside the region)",
    };
}
