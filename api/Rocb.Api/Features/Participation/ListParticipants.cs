using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Participation;

/// <summary>Named participants of an activity (personal data: a focal point sees only its own administration's).</summary>
public sealed record ListParticipants : PagedQuery, IQuery<ParticipantPageDto>
{
    [FromRoute(Name = "id")] public long ActivityId { get; set; }

    [Description("Only participants of this Member.")]
    [FromQuery(Name = "memberId")] public int? MemberId { get; set; }
}

public sealed class ListParticipantsValidator : AbstractValidator<ListParticipants>
{
    public ListParticipantsValidator() => this.PageRules(q => q.PageNumber, q => q.Size);
}

internal sealed class ListParticipantsHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<ListParticipants, ParticipantPageDto>
{
    public async Task<ParticipantPageDto> Handle(ListParticipants request, CancellationToken cancellationToken)
    {
        if (!await db.Activities.AnyAsync(a => a.Id == request.ActivityId, cancellationToken))
            throw new NotFoundException("Activity", request.ActivityId);
        var q = db.Participants.AsNoTracking().Where(p => p.ActivityId == request.ActivityId).Visible(user);
        if (request.MemberId is { } member) q = q.Where(p => p.MemberId == member);
        var total = await q.CountAsync(cancellationToken);
        var items = await q.OrderBy(p => p.Member!.Code).ThenBy(p => p.Name).ThenBy(p => p.Id).TakePage(request.PageNumber, request.Size)
            .Select(p => new ParticipantDto(p.Id, new MemberRefDto(p.Member!.Id, p.Member.Code, p.Member.Name), p.Name, p.Gender, p.Role, p.Position))
            .ToListAsync(cancellationToken);
        return new ParticipantPageDto(items, request.PageNumber, request.Size, total);
    }
}
