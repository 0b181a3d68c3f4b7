using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

internal static class SurveyRoundQueries
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A round with its workshops, their counts and their state on the date; 404 when there is no such round.</summary>
    public static async Task<SurveyRoundDto> GetAsync(RocbDbContext db, int id, DateOnly today, CancellationToken ct)
    {
        var round = await db.SurveyRounds.AsNoTracking().Where(r => r.Id == id)
                        .Select(r => new { r.Id, r.Code, r.Title, r.FiscalYear, r.ReplyWindowDays, r.Publication, r.Source, r.Note, r.Version })
                        .SingleOrDefaultAsync(ct)
                    ?? throw new NotFoundException("Survey round", id);
        var workshops = await WorkshopsAsync(db, [id], null, today, ct);
        return new SurveyRoundDto(round.Id, round.Code, round.Title, round.FiscalYear, new FiscalYear(round.FiscalYear).Label,
            round.ReplyWindowDays, round.Publication, round.Source, round.Note, workshops, round.Version.ToString());
    }

    /// <summary>One workshop of a round as the round shows it.</summary>
    public static async Task<SurveyWorkshopDto> WorkshopAsync(RocbDbContext db, int roundId, int workshopId, DateOnly today, CancellationToken ct) =>
        (await WorkshopsAsync(db, [roundId], workshopId, today, ct)).SingleOrDefault() ?? throw new NotFoundException("Survey workshop", workshopId);

    /// <summary>The workshops of the rounds (or one of them), by round and number, with participation and reply counts.</summary>
    public static async Task<IReadOnlyList<SurveyWorkshopDto>> WorkshopsAsync(RocbDbContext db, IReadOnlyCollection<int> roundIds, int? workshopId,
        DateOnly today, CancellationToken ct)
    {
        var query = db.SurveyWorkshops.AsNoTracking().Where(w => roundIds.Contains(w.RoundId));
        if (workshopId is { } only) query = query.Where(w => w.Id == only);
        var workshops = await query.OrderBy(w => w.RoundId).ThenBy(w => w.Number).ThenBy(w => w.Id)
            .Select(w => new
            {
                w.Id, w.RoundId, w.Number, w.ActivityId, w.Activity!.Title, w.Activity.Type, w.Activity.StartsOn, w.Activity.EndsOn,
                w.Activity.DatePrecision, w.Scope, w.SendOn, w.DueOn, w.SentOn, w.RemindedOn, w.FeedbackSentOn, w.ParticipatingAdministrations,
            })
            .ToListAsync(ct);
        var counts = (await SurveyAnalysisQueries.WorkshopCountsAsync(db, roundIds, ct)).ToDictionary(c => c.WorkshopId);
        return workshops.Select(w =>
        {
            var c = counts.GetValueOrDefault(w.Id);
            return new SurveyWorkshopDto(w.Id, w.RoundId, w.Number, w.ActivityId, w.Title, w.Type, w.StartsOn, w.EndsOn, w.DatePrecision, w.Scope,
                w.SendOn, w.DueOn, w.SentOn, w.RemindedOn, w.FeedbackSentOn, w.ParticipatingAdministrations, c?.Participating ?? 0,
                c?.Replies ?? 0, SurveySchedule.StateOn(today, w.SendOn, w.DueOn, w.SentOn, w.RemindedOn, w.FeedbackSentOn));
        }).ToList();
    }
}
