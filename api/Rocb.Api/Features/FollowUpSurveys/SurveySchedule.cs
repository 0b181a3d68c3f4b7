using Rocb.Api.Domain.Activities;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// The follow-up survey's calendar (DOMAIN.md, "Follow-up (impact) survey"): each workshop is asked about six months
/// after it ended, replies are due after the round's reply window (3 weeks by default), a reminder goes out in the
/// last week, and the feedback to all participants closes it.
/// </summary>
public static class SurveySchedule
{
    public const int MonthsAfterWorkshop = 6;
    /// <summary>A reminder is due once the replies are due within this many days.</summary>
    public const int ReminderDays = 7;

    public static DateOnly SendOn(DateOnly lastDay) => lastDay.AddMonths(MonthsAfterWorkshop);

    public static WorkshopScope ScopeOf(ActivityType type) =>
        type == ActivityType.SubRegionalWorkshop ? WorkshopScope.SubRegional : WorkshopScope.Regional;

    /// <summary>Where a workshop stands on a date.</summary>
    public static SurveyWorkshopState StateOn(DateOnly today, DateOnly sendOn, DateOnly dueOn, DateOnly? sentOn, DateOnly? remindedOn,
        DateOnly? feedbackSentOn) =>
        feedbackSentOn is not null ? SurveyWorkshopState.Closed
        : sentOn is null ? (sendOn > today ? SurveyWorkshopState.Scheduled : SurveyWorkshopState.ToSend)
        : dueOn < today ? SurveyWorkshopState.OverdueFeedback
        : remindedOn is null && dueOn.DayNumber - today.DayNumber <= ReminderDays ? SurveyWorkshopState.ReminderDue
        : SurveyWorkshopState.AwaitingReplies;

    public static decimal? Percent(int count, int of) => of == 0 ? null : Math.Round(100m * count / of, 1, MidpointRounding.AwayFromZero);
}
