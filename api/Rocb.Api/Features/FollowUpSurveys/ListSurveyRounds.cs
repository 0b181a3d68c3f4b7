using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>Survey rounds, newest fiscal year first, each with its workshops, participating administrations, replies and reply rate.</summary>
public sealed record ListSurveyRounds : PagedQuery, IQuery<SurveyRoundPageDto>;

public sealed class ListSurveyRoundsValidator : AbstractValidator<ListSurveyRounds>
{
    public ListSurveyRoundsValidator() => this.PageRules(q => q.PageNumber, q => q.Size);
}

internal sealed class ListSurveyRoundsHandler(RocbDbContext db) : IRequestHandler<ListSurveyRounds, SurveyRoundPageDto>
{
    public async Task<SurveyRoundPageDto> Handle(ListSurveyRounds request, CancellationToken cancellationToken)
    {
        var total = await db.SurveyRounds.CountAsync(cancellationToken);
        var rounds = await db.SurveyRounds.AsNoTracking().OrderByDescending(r => r.FiscalYear).ThenByDescending(r => r.Id)
            .TakePage(request.PageNumber, request.Size)
            .Select(r => new { r.Id, r.Code, r.Title, r.FiscalYear, r.Publication })
            .ToListAsync(cancellationToken);
        var counts = (await SurveyAnalysisQueries.WorkshopCountsAsync(db, rounds.Select(r => r.Id).ToList(), cancellationToken))
            .ToLookup(c => c.RoundId);
        var items = rounds.Select(r =>
        {
            var workshops = counts[r.Id].ToList();
            var participating = workshops.Sum(w => w.Participating);
            var replies = workshops.Sum(w => w.Replies);
            return new SurveyRoundSummaryDto(r.Id, r.Code, r.Title, r.FiscalYear, new FiscalYear(r.FiscalYear).Label, r.Publication,
                workshops.Count, participating, replies, SurveySchedule.Percent(replies, participating));
        }).ToList();
        return new SurveyRoundPageDto(items, request.PageNumber, request.Size, total);
    }
}
