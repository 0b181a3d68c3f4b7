using System.Text.Json.Serialization;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// Adds an activity the round should also ask about (e.g. a regional seminar). It must be of the round's fiscal year and
/// not an accreditation workshop. Without sendOn it is asked six months after it ended; replies are due after the
/// round's reply window. It is numbered after the round's other workshops.
/// </summary>
public sealed record AddSurveyWorkshop : ICommand<SurveyWorkshopDto>
{
    [JsonIgnore] public int RoundId { get; init; }
    public long ActivityId { get; init; }
    /// <summary>Regional or sub-regional (default: sub-regional for sub-regional workshops, else regional).</summary>
    public WorkshopScope? Scope { get; init; }
    /// <summary>When to send the questionnaire (default: six months after the activity ended).</summary>
    public DateOnly? SendOn { get; init; }
}

public sealed class AddSurveyWorkshopValidator : AbstractValidator<AddSurveyWorkshop>
{
    public AddSurveyWorkshopValidator()
    {
        RuleFor(r => r.ActivityId).GreaterThan(0).WithMessage("Choose the activity to add.");
        RuleFor(r => r.Scope).IsInEnum().When(r => r.Scope is not null).WithMessage("scope must be regional or sub-regional.");
        RuleFor(r => r.SendOn).Must(d => d!.Value.Year is >= 1990 and <= 2200).When(r => r.SendOn is not null)
            .WithMessage("sendOn must be a date between 1990 and 2200.");
    }
}

internal sealed class AddSurveyWorkshopHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<AddSurveyWorkshop, SurveyWorkshopDto>
{
    public async Task<SurveyWorkshopDto> Handle(AddSurveyWorkshop request, CancellationToken cancellationToken)
    {
        var round = await SurveyAccess.RoundAsync(db, request.RoundId, cancellationToken);
        var activity = await db.Activities.AsNoTracking().Where(a => a.Id == request.ActivityId)
            .Select(a => new { a.Id, a.Type, a.StartsOn, a.EndsOn }).SingleOrDefaultAsync(cancellationToken);
        var fiscalYear = new FiscalYear(round.FiscalYear);
        var problem = activity switch
        {
            null => "Choose an existing activity.",
            { Type: ActivityType.AccreditationWorkshop } => "Accreditation workshops are not part of the follow-up survey.",
            { StartsOn: null } => "The activity has no date: record when it took place first.",
            { StartsOn: { } startsOn } when startsOn < fiscalYear.Start || startsOn > fiscalYear.End =>
                $"The activity started on {startsOn:yyyy-MM-dd}, outside the round's fiscal year {fiscalYear.Label} " +
                $"({fiscalYear.Start:yyyy-MM-dd} to {fiscalYear.End:yyyy-MM-dd}).",
            _ => null,
        };
        if (problem is not null) throw new ValidationException([new ValidationFailure(nameof(request.ActivityId), problem)]);
        if (await db.SurveyWorkshops.AnyAsync(w => w.RoundId == round.Id && w.ActivityId == request.ActivityId, cancellationToken))
            throw new ConflictException("The activity is already in this round.", "activityId");

        var sendOn = request.SendOn ?? SurveySchedule.SendOn(activity!.EndsOn ?? activity.StartsOn!.Value);
        var number = await db.SurveyWorkshops.Where(w => w.RoundId == round.Id).MaxAsync(w => (int?)w.Number, cancellationToken) ?? 0;
        var workshop = new SurveyWorkshop
        {
            RoundId = round.Id, ActivityId = activity!.Id, Number = number + 1, Scope = request.Scope ?? SurveySchedule.ScopeOf(activity.Type),
            SendOn = sendOn, DueOn = sendOn.AddDays(round.ReplyWindowDays),
        };
        db.SurveyWorkshops.Add(workshop);
        await db.SaveChangesAsync(cancellationToken);
        return await SurveyRoundQueries.WorkshopAsync(db, round.Id, workshop.Id, SurveyRoundQueries.Today(clock), cancellationToken);
    }
}
