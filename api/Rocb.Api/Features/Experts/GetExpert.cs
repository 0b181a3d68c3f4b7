using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Experts;

public sealed record GetExpert(int Id) : IQuery<ExpertDto>;

internal sealed class GetExpertHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<GetExpert, ExpertDto>
{
    public async Task<ExpertDto> Handle(GetExpert request, CancellationToken cancellationToken)
    {
        ExpertAccess.EnsureOwn(user, request.Id);
        var e = await db.Experts.AsNoTracking().AsSplitQuery().Include(x => x.Member).Include(x => x.Topics).ThenInclude(t => t.Topic)
                    .Include(x => x.Accreditations).ThenInclude(a => a.History).Include(x => x.Unavailability)
                    .SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("Expert", request.Id);
        return new ExpertDto(e.Id, e.Name, e.Origin, e.Member is { } m ? new MemberRefDto(m.Id, m.Code, m.Name) : null, e.OutsideAdministration,
            e.Gender, e.Languages, e.Email, e.Phone, e.ConsentToContact, e.Notes, e.Source,
            e.Topics.OrderBy(t => t.Topic.Code).Select(t => new ExpertTopicDto(t.TopicId, t.Topic.Code, t.Topic.Name, t.Level)).ToList(),
            e.Accreditations.OrderBy(a => a.Id).Select(AccreditationMapping.ToDto).ToList(),
            e.Unavailability.OrderBy(u => u.StartsOn).Select(u => new UnavailabilityDto(u.Id, u.StartsOn, u.EndsOn, u.Reason)).ToList(),
            e.Version.ToString());
    }
}

internal static class AccreditationMapping
{
    public static AccreditationDto ToDto(Domain.Experts.Accreditation a) =>
        new(a.Id, a.Category, a.Area, a.Status, a.StatusSince, a.ValidFrom, a.ValidUntil, a.Evidence, a.OverrideReason, a.Version.ToString(),
            a.History.OrderBy(h => h.RecordedAt).ThenBy(h => h.Id)
                .Select(h => new AccreditationStatusChangeDto(h.Id, h.Status, h.EffectiveOn, h.RecordedAt, h.RecordedBy, h.Evidence, h.OverrideReason))
                .ToList());

    /// <summary>Adds the accreditation's current status to its history, as recorded now by <paramref name="recordedBy"/>.</summary>
    public static void RecordStatus(Domain.Experts.Accreditation a, string recordedBy, DateTimeOffset now) =>
        a.History.Add(new Domain.Experts.AccreditationStatusChange
        {
            Status = a.Status, EffectiveOn = a.StatusSince, RecordedAt = now, RecordedBy = recordedBy, Evidence = a.Evidence,
            OverrideReason = a.OverrideReason,
        });
}
