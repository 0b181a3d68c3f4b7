using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>The replies of a round the caller may see (a focal point: its own Member's), by workshop number and Member code.</summary>
public sealed record ListSurveyReplies : PagedQuery, IQuery<SurveyReplyPageDto>
{
    [FromRoute(Name = "id")]
    public int RoundId { get; set; }

    [Description("Only replies about this workshop of the round.")]
    [FromQuery(Name = "workshopId")]
    public int? WorkshopId { get; set; }

    [Description("Only this Member's replies.")]
    [FromQuery(Name = "memberId")]
    public int? MemberId { get; set; }
}

public sealed class ListSurveyRepliesValidator : AbstractValidator<ListSurveyReplies>
{
    public ListSurveyRepliesValidator() => this.PageRules(q => q.PageNumber, q => q.Size);
}

internal sealed class ListSurveyRepliesHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<ListSurveyReplies, SurveyReplyPageDto>
{
    public async Task<SurveyReplyPageDto> Handle(ListSurveyReplies request, CancellationToken cancellationToken)
    {
        await SurveyAccess.RoundAsync(db, request.RoundId, cancellationToken);
        var replies = db.SurveyReplies.AsNoTracking().Visible(user).Where(r => r.Workshop!.RoundId == request.RoundId);
        if (request.WorkshopId is { } workshop) replies = replies.Where(r => r.WorkshopId == workshop);
        if (request.MemberId is { } member) replies = replies.Where(r => r.MemberId == member);
        var total = await replies.CountAsync(cancellationToken);
        var items = await replies.OrderBy(r => r.Workshop!.Number).ThenBy(r => r.Member!.Code).ThenBy(r => r.Id)
            .TakePage(request.PageNumber, request.Size).Select(SurveyReplyDto.Projection).ToListAsync(cancellationToken);
        return new SurveyReplyPageDto(items, request.PageNumber, request.Size, total);
    }
}
