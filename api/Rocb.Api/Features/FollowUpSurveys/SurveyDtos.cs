using Rocb.Api.Domain.Activities;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>A survey round in a list, with how many workshops it asks about, how many administrations took part and replied.</summary>
public sealed record SurveyRoundSummaryDto(
    int Id, string Code, string Title, int FiscalYear, string FiscalYearLabel, string? Publication,
    int Workshops, int ParticipatingAdministrations, int Replies, decimal? ReplyRatePercent);

public sealed record SurveyRoundPageDto(IReadOnlyList<SurveyRoundSummaryDto> Items, int Page, int PageSize, int TotalCount);

/// <summary>A round with its workshops.</summary>
public sealed record SurveyRoundDto(
    int Id, string Code, string Title, int FiscalYear, string FiscalYearLabel, int ReplyWindowDays, string? Publication, string? Source,
    string? Note, IReadOnlyList<SurveyWorkshopDto> Workshops, string Version);

/// <summary>Where a workshop of a round stands on a date (<see cref="SurveySchedule.StateOn"/>).</summary>
public enum SurveyWorkshopState
{
    /// <summary>The questionnaire is not due to go out yet.</summary>
    Scheduled,
    /// <summary>Its send date has come and it has not been sent.</summary>
    ToSend,
    /// <summary>Sent; the reply window is open.</summary>
    AwaitingReplies,
    /// <summary>Sent, replies due within 7 days and no reminder sent yet.</summary>
    ReminderDue,
    /// <summary>The reply window has closed and the feedback to all participants has not been sent.</summary>
    OverdueFeedback,
    /// <summary>The feedback has been sent.</summary>
    Closed,
}

/// <summary>
/// A workshop of a round: the activity, when the questionnaire goes out and replies are due, what was sent when,
/// how many administrations took part (as stated by the source, else counted from the participant records) and replied.
/// </summary>
public sealed record SurveyWorkshopDto(
    int Id, int RoundId, int Number, long ActivityId, string ActivityTitle, ActivityType ActivityType, DateOnly? StartsOn, DateOnly? EndsOn,
    DatePrecision DatePrecision, WorkshopScope Scope, DateOnly SendOn, DateOnly DueOn, DateOnly? SentOn, DateOnly? RemindedOn,
    DateOnly? FeedbackSentOn, int? ParticipatingAdministrationsStated, int ParticipatingAdministrations, int Replies,
    SurveyWorkshopState State);

/// <summary>What has to be done next about the follow-up survey of one workshop.</summary>
public enum SurveyTask { Send, Remind, SendFeedback }

/// <summary>One thing to do: send a questionnaire, remind, or send the feedback; with the dates it depends on.</summary>
public sealed record DueSurveyWorkDto(
    SurveyTask Task, SurveyWorkshopState State, int RoundId, string RoundCode, int WorkshopId, int Number, long ActivityId,
    string ActivityTitle, DateOnly SendOn, DateOnly DueOn, DateOnly? SentOn, DateOnly? RemindedOn, int Replies,
    int ParticipatingAdministrations, DateOnly DueSince);

/// <summary>Which contact with the participants a date records.</summary>
public enum SurveyContactKind { Sent, Reminder, Feedback }

/// <summary>One administration's reply about one workshop. Unknown answers are null.</summary>
public sealed record SurveyReplyDto(
    long Id, int RoundId, int WorkshopId, int WorkshopNumber, string WorkshopTitle, int? MemberId, string? MemberCode, string? MemberName,
    string? RespondentLabel, bool? SharedMaterials, bool? SubmittedReports, bool? MadeRecommendations, bool? HeldInHouseWorkshop,
    bool? DevelopedManuals, bool? OtherActions, string? OtherActionsText, bool? DirectEffects, string? DirectEffectsExample,
    bool? EfficiencyImproved, bool? NewProject, string? SuccessStory, DateOnly? ReceivedOn, string? Source, string Version)
{
    public static readonly System.Linq.Expressions.Expression<Func<SurveyReply, SurveyReplyDto>> Projection = r => new SurveyReplyDto(
        r.Id, r.Workshop!.RoundId, r.WorkshopId, r.Workshop.Number, r.Workshop.Activity!.Title, r.MemberId, r.Member!.Code, r.Member.Name,
        r.RespondentLabel, r.SharedMaterials, r.SubmittedReports, r.MadeRecommendations, r.HeldInHouseWorkshop, r.DevelopedManuals,
        r.OtherActions, r.OtherActionsText, r.DirectEffects, r.DirectEffectsExample, r.EfficiencyImproved, r.NewProject, r.SuccessStory,
        r.ReceivedOn, r.Source, r.Version.ToString());
}

public sealed record SurveyReplyPageDto(IReadOnlyList<SurveyReplyDto> Items, int Page, int PageSize, int TotalCount);

/// <summary>Yes / no / unknown answers to one question; percentages of all replies and of the known answers (null when nothing to divide by).</summary>
public sealed record AnswerCountsDto(int Yes, int No, int Unknown, decimal? YesPercentOfReplies, decimal? YesPercentOfKnown);

/// <summary>Follow-up actions taken (the report's Table 2): for each, the replies that took it, did not, or did not say.</summary>
public sealed record FollowUpActionsDto(
    AnswerCountsDto SharedMaterials, AnswerCountsDto SubmittedReports, AnswerCountsDto MadeRecommendations,
    AnswerCountsDto HeldInHouseWorkshop, AnswerCountsDto DevelopedManuals, AnswerCountsDto OtherActions);

/// <summary>
/// Direct effects against the actions thought to produce them (the report's Table 4): of the replies that realised
/// direct effects, how many had shared the materials and/or held an in-house workshop; and of those that took each
/// action, how many realised direct effects.
/// </summary>
public sealed record DirectEffectsByActionDto(
    int RealisedDirectEffects,
    int SharedMaterials, int SharedMaterialsAndRealised, decimal? SharedMaterialsRealisedPercent,
    int HeldInHouseWorkshop, int HeldInHouseWorkshopAndRealised, decimal? HeldInHouseWorkshopRealisedPercent,
    int RealisedWithSharedOrInHouse, decimal? RealisedWithSharedOrInHousePercent);

/// <summary>
/// New projects against the actions thought to lead to them (the report's Table 7): of the replies that started new
/// projects, how many had submitted reports and/or made recommendations; and of those that took each action, how
/// many started new projects.
/// </summary>
public sealed record NewProjectsByActionDto(
    int StartedNewProjects,
    int SubmittedReports, int SubmittedReportsAndNewProject, decimal? SubmittedReportsNewProjectPercent,
    int MadeRecommendations, int MadeRecommendationsAndNewProject, decimal? MadeRecommendationsNewProjectPercent,
    int NewProjectWithReportsOrRecommendations, decimal? NewProjectWithReportsOrRecommendationsPercent);

/// <summary>Every figure of the analysis for a group of workshops (all, regional, sub-regional) or one workshop.</summary>
public sealed record SurveyFiguresDto(
    int Workshops, int ParticipatingAdministrations, int Replies, decimal? ReplyRatePercent, FollowUpActionsDto Actions,
    AnswerCountsDto DirectEffects, AnswerCountsDto EfficiencyImproved, AnswerCountsDto NewProject,
    DirectEffectsByActionDto DirectEffectsByAction, NewProjectsByActionDto NewProjectsByAction);

public sealed record SurveyWorkshopAnalysisDto(
    int WorkshopId, int Number, long ActivityId, string Title, WorkshopScope Scope, bool ParticipationStated, SurveyFiguresDto Figures);

public sealed record SuccessStoryDto(
    long ReplyId, int WorkshopId, int WorkshopNumber, string WorkshopTitle, int? MemberId, string? MemberCode, string? MemberName,
    string? RespondentLabel, string Text);

/// <summary>
/// A round's results recomputed from its raw replies (<see cref="SurveyAnalysisQueries"/>). Percentages have one
/// decimal; unknown answers are counted as unknown, never as no.
/// </summary>
public sealed record SurveyAnalysisDto(
    int RoundId, string Code, string Title, int FiscalYear, string FiscalYearLabel, string? Publication,
    SurveyFiguresDto Overall, SurveyFiguresDto Regional, SurveyFiguresDto SubRegional, IReadOnlyList<SurveyWorkshopAnalysisDto> Workshops,
    int PositiveReplies, int KnownDirectEffects, decimal? PositivePercentOfKnown,
    int SuccessStoryCount, IReadOnlyList<SuccessStoryDto> SuccessStories);
