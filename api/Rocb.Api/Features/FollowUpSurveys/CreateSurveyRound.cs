using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// Opens a round for a fiscal year and takes in every regional and sub-regional workshop of that year (by start date,
/// 1 July – 30 June) that was delivered and that the ROCB organised or co-organised; accreditation workshops are another
/// type and stay out. Workshops are numbered by date; each is asked six months after it ended, with replies due after
/// the reply window.
/// </summary>
public sealed record CreateSurveyRound : ICommand<SurveyRoundDto>
{
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>The fiscal year of the workshops, by its starting year (2018 = FY2018/19).</summary>
    public int FiscalYear { get; init; }
    /// <summary>Days the participants have to reply (1-365, default 21).</summary>
    public int ReplyWindowDays { get; init; } = 21;
}

public sealed class CreateSurveyRoundValidator : AbstractValidator<CreateSurveyRound>
{
    public CreateSurveyRoundValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Give the round a code (e.g. FUS-2019).").MaximumLength(30);
        RuleFor(r => r.Title).NotEmpty().WithMessage("Give the round a title.").MaximumLength(300);
        RuleFor(r => r.FiscalYear).InclusiveBetween(2000, 2100)
            .WithMessage("fiscalYear is the starting year of the fiscal year (2018 = FY2018/19), between 2000 and 2100.");
        RuleFor(r => r.ReplyWindowDays).InclusiveBetween(1, 365).WithMessage("The reply window is 1 to 365 days.");
    }
}

internal sealed class CreateSurveyRoundHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<CreateSurveyRound, SurveyRoundDto>
{
    public async Task<SurveyRoundDto> Handle(CreateSurveyRound request, CancellationToken cancellationToken)
    {
        var year = new FiscalYear(request.FiscalYear);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.StartsOn >= year.Start && a.StartsOn <= year.End
                        && (a.Type == ActivityType.RegionalWorkshop || a.Type == ActivityType.SubRegionalWorkshop)
                        && a.Status == ActivityStatus.Delivered
                        && (a.RocbRole == RocbInvolvement.Organised || a.RocbRole == RocbInvolvement.CoOrganised))
            .OrderBy(a => a.StartsOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Type, StartsOn = a.StartsOn!.Value, a.EndsOn })
            .ToListAsync(cancellationToken);

        var round = new SurveyRound
        {
            Code = request.Code.Trim(), Title = request.Title.Trim(), FiscalYear = request.FiscalYear, ReplyWindowDays = request.ReplyWindowDays,
        };
        var number = 0;
        foreach (var activity in activities)
        {
            var sendOn = SurveySchedule.SendOn(activity.EndsOn ?? activity.StartsOn);
            round.Workshops.Add(new SurveyWorkshop
            {
                ActivityId = activity.Id, Number = ++number, Scope = SurveySchedule.ScopeOf(activity.Type),
                SendOn = sendOn, DueOn = sendOn.AddDays(request.ReplyWindowDays),
            });
        }
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        return await SurveyRoundQueries.GetAsync(db, round.Id, SurveyRoundQueries.Today(clock), cancellationToken);
    }
}
