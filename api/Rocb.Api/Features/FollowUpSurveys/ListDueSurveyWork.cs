using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// What is due across all rounds on a date: questionnaires to send, reminders to send (replies due within 7 days and
/// no reminder yet) and feedback to send (reply window closed). Oldest first.
/// </summary>
public sealed record ListDueSurveyWork : IQuery<IReadOnlyList<DueSurveyWorkDto>>
{
    [Description("The date to look from (default: today).")]
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; set; }
}

public sealed class ListDueSurveyWorkValidator : AbstractValidator<ListDueSurveyWork>
{
    public ListDueSurveyWorkValidator() =>
        RuleFor(q => q.AsOf).Must(d => d!.Value.Year is >= 1990 and <= 2200).When(q => q.AsOf is not null)
            .WithMessage("asOf must be a date between 1990 and 2200.");
}

internal sealed class ListDueSurveyWorkHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<ListDueSurveyWork, IReadOnlyList<DueSurveyWorkDto>>
{
    public async Task<IReadOnlyList<DueSurveyWorkDto>> Handle(ListDueSurveyWork request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? SurveyRoundQueries.Today(clock);
        var reminderFrom = asOf.AddDays(SurveySchedule.ReminderDays);
        // Only the workshops with something to do: not sent though due to be, or sent and either past due or in the reminder week.
        var rounds = await db.SurveyWorkshops.AsNoTracking()
            .Where(w => w.FeedbackSentOn == null && (w.SentOn == null
                ? w.SendOn <= asOf
                : w.DueOn < asOf || (w.RemindedOn == null && w.DueOn <= reminderFrom)))
            .Select(w => w.RoundId).Distinct().ToListAsync(cancellationToken);
        var codes = await db.SurveyRounds.AsNoTracking().Where(r => rounds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Code, cancellationToken);
        var workshops = await SurveyRoundQueries.WorkshopsAsync(db, rounds, null, asOf, cancellationToken);
        var due = new List<DueSurveyWorkDto>();
        foreach (var w in workshops)
        {
            (SurveyTask Task, DateOnly Since)? work = w.State switch
            {
                SurveyWorkshopState.ToSend => (SurveyTask.Send, w.SendOn),
                SurveyWorkshopState.ReminderDue => (SurveyTask.Remind, w.DueOn.AddDays(-SurveySchedule.ReminderDays)),
                SurveyWorkshopState.OverdueFeedback => (SurveyTask.SendFeedback, w.DueOn.AddDays(1)),
                _ => null,
            };
            if (work is { } todo)
                due.Add(new DueSurveyWorkDto(todo.Task, w.State, w.RoundId, codes[w.RoundId], w.Id, w.Number, w.ActivityId, w.ActivityTitle,
                    w.SendOn, w.DueOn, w.SentOn, w.RemindedOn, w.Replies, w.ParticipatingAdministrations, todo.Since));
        }
        return due.OrderBy(d => d.DueSince).ThenBy(d => d.RoundCode).ThenBy(d => d.Number).ToList();
    }
}
