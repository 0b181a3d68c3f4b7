using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// A round's results recomputed from its raw replies (two set-based queries, <see cref="SurveyAnalysisQueries"/>):
/// reply rates (overall, regional, sub-regional, per workshop), follow-up actions (Table 2), direct effects (Table 3),
/// efficiency (Table 5), new projects (Table 6), their cross-tabulations with the actions (Tables 4 and 7), the share
/// of positive replies among the known answers, and the success stories. Unknown answers count as unknown, never as no.
/// </summary>
public sealed record GetSurveyAnalysis(int Id) : IQuery<SurveyAnalysisDto>;

internal sealed class GetSurveyAnalysisHandler(RocbDbContext db) : IRequestHandler<GetSurveyAnalysis, SurveyAnalysisDto>
{
    public async Task<SurveyAnalysisDto> Handle(GetSurveyAnalysis request, CancellationToken cancellationToken)
    {
        var round = await db.SurveyRounds.AsNoTracking().Where(r => r.Id == request.Id)
                        .Select(r => new { r.Id, r.Code, r.Title, r.FiscalYear, r.Publication }).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("Survey round", request.Id);
        var rows = await SurveyAnalysisQueries.FiguresAsync(db, round.Id, cancellationToken);
        var stories = await SurveyAnalysisQueries.SuccessStoriesAsync(db, round.Id, cancellationToken);

        var overall = rows.SingleOrDefault(r => r.AllScopes);
        SurveyFiguresDto ScopeFigures(WorkshopScope scope) => Figures(rows.SingleOrDefault(r => !r.AllScopes && r.AllWorkshops && r.Scope == scope));
        var workshops = rows.Where(r => !r.AllWorkshops).OrderBy(r => r.Number)
            .Select(r => new SurveyWorkshopAnalysisDto(r.WorkshopId!.Value, r.Number!.Value, r.ActivityId!.Value, r.Title!, r.Scope!.Value, r.Stated, Figures(r)))
            .ToList();
        var all = Figures(overall);
        var known = all.DirectEffects.Yes + all.DirectEffects.No;
        return new SurveyAnalysisDto(round.Id, round.Code, round.Title, round.FiscalYear, new FiscalYear(round.FiscalYear).Label, round.Publication,
            all, ScopeFigures(WorkshopScope.Regional), ScopeFigures(WorkshopScope.SubRegional), workshops,
            all.DirectEffects.Yes, known, SurveySchedule.Percent(all.DirectEffects.Yes, known),
            stories.Count, stories.Select(s => new SuccessStoryDto(s.ReplyId, s.WorkshopId, s.Number, s.Title, s.MemberId, s.MemberCode,
                s.MemberName, s.RespondentLabel, s.Text)).ToList());
    }

    /// <summary>The figures of one row of the query; a group without workshops (no row) has zeros and no percentages.</summary>
    private static SurveyFiguresDto Figures(SurveyAnalysisQueries.FiguresRow? row)
    {
        int N(string column) => row?[column] ?? 0;
        var replies = N("replies");
        AnswerCountsDto Answers(string question)
        {
            int yes = N($"{question}_yes"), no = N($"{question}_no"), unknown = N($"{question}_unknown");
            return new AnswerCountsDto(yes, no, unknown, SurveySchedule.Percent(yes, replies), SurveySchedule.Percent(yes, yes + no));
        }
        var actions = new FollowUpActionsDto(Answers("shared_materials"), Answers("submitted_reports"), Answers("made_recommendations"),
            Answers("held_in_house_workshop"), Answers("developed_manuals"), Answers("other_actions"));
        var directEffects = Answers("direct_effects");
        var newProject = Answers("new_project");
        var byAction = new DirectEffectsByActionDto(directEffects.Yes,
            actions.SharedMaterials.Yes, N("realised_and_shared"), SurveySchedule.Percent(N("realised_and_shared"), actions.SharedMaterials.Yes),
            actions.HeldInHouseWorkshop.Yes, N("realised_and_in_house"), SurveySchedule.Percent(N("realised_and_in_house"), actions.HeldInHouseWorkshop.Yes),
            N("realised_with_shared_or_in_house"), SurveySchedule.Percent(N("realised_with_shared_or_in_house"), directEffects.Yes));
        var projects = new NewProjectsByActionDto(newProject.Yes,
            actions.SubmittedReports.Yes, N("new_project_and_reports"), SurveySchedule.Percent(N("new_project_and_reports"), actions.SubmittedReports.Yes),
            actions.MadeRecommendations.Yes, N("new_project_and_recommendations"),
            SurveySchedule.Percent(N("new_project_and_recommendations"), actions.MadeRecommendations.Yes),
            N("new_project_with_reports_or_recommendations"), SurveySchedule.Percent(N("new_project_with_reports_or_recommendations"), newProject.Yes));
        return new SurveyFiguresDto(N("workshops"), N("participating"), replies, SurveySchedule.Percent(replies, N("participating")), actions,
            directEffects, Answers("efficiency_improved"), newProject, byAction, projects);
    }
}
