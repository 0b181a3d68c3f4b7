using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// The response tracker: each Member asked, whether it has not started, is in draft or has submitted, when it last saved and
/// submitted, how many questions it answered, and the reminders recorded; with the totals.
/// </summary>
public sealed record GetNeedsTracker(int CycleId) : IQuery<NeedsTrackerDto>;

internal sealed class GetNeedsTrackerHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<GetNeedsTracker, NeedsTrackerDto>
{
    public async Task<NeedsTrackerDto> Handle(GetNeedsTracker request, CancellationToken cancellationToken)
    {
        var cycle = await db.NeedsCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CycleId, cancellationToken)
                    ?? throw new NotFoundException("Needs survey cycle", request.CycleId);
        var members = await NeedsCycleQueries.MembersAsync(db, cycle.Id, cancellationToken);
        var questions = await NeedsResponses.QuestionsAsync(db, cycle.Id, cancellationToken);
        var responses = await db.NeedsResponses.AsNoTracking().Include(r => r.Answers).Where(r => r.CycleId == cycle.Id)
            .ToDictionaryAsync(r => r.MemberId, cancellationToken);
        var reminders = (await db.NeedsReminders.AsNoTracking().Where(r => r.CycleId == cycle.Id)
                .GroupBy(r => r.MemberId).Select(g => new { MemberId = g.Key, Count = g.Count(), Last = g.Max(r => r.RecordedAt) })
                .ToListAsync(cancellationToken))
            .ToDictionary(r => r.MemberId);

        var rows = members.Select(m =>
        {
            responses.TryGetValue(m.Id, out var response);
            var reminder = reminders.GetValueOrDefault(m.Id);
            return new NeedsTrackerRowDto(m,
                response is null ? NeedsProgress.NotStarted : NeedsCycleQueries.Progress(response.Status), response?.EnteredByStaff ?? false,
                response?.UpdatedAt, response?.SubmittedAt, response is null ? 0 : NeedsResponses.Answered(response.Answers, questions), questions.Count,
                new NeedsReminderSummaryDto(reminder?.Count ?? 0, reminder?.Last));
        }).ToList();
        var submitted = rows.Count(r => r.Status == NeedsProgress.Submitted);
        var totals = new NeedsTrackerTotalsDto(rows.Count, rows.Count(r => r.Status == NeedsProgress.NotStarted), rows.Count(r => r.Status == NeedsProgress.Draft),
            submitted, rows.Count == 0 ? 0 : Math.Round(100m * submitted / rows.Count, 1));
        return new NeedsTrackerDto(cycle.Id, cycle.Name, cycle.Status, NeedsAccess.Window(cycle, NeedsAccess.Today(clock)), totals, rows);
    }
}
