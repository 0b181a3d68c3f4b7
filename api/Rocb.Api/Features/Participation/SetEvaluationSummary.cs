using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Participation;

/// <summary>Records the evaluation summary when the forms themselves are not kept (e.g. a report gives "4.6 from 25 replies").</summary>
public sealed record SetEvaluationSummary : ICommand<EvaluationDto>
{
    [JsonIgnore] public long ActivityId { get; init; }
    public decimal Mean { get; init; }
    public int Responses { get; init; }
    public string? Source { get; init; }
}

public sealed class SetEvaluationSummaryValidator : AbstractValidator<SetEvaluationSummary>
{
    public SetEvaluationSummaryValidator()
    {
        RuleFor(r => r.Mean).InclusiveBetween(1, 5).WithMessage(r => $"The mean is on a 1-5 scale; {r.Mean} is outside it.")
            .Must(m => decimal.Round(m, 2) == m).WithMessage("Give the mean with at most two decimals.");
        RuleFor(r => r.Responses).GreaterThan(0).WithMessage("Say how many responses the mean is of.");
        RuleFor(r => r.Source).MaximumLength(500);
    }
}

internal sealed class SetEvaluationSummaryHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<SetEvaluationSummary, EvaluationDto>
{
    public async Task<EvaluationDto> Handle(SetEvaluationSummary request, CancellationToken cancellationToken)
    {
        var activity = await ParticipationRules.ActivityAsync(db, request.ActivityId, cancellationToken);
        if (activity.Status != ActivityStatus.Delivered)
            throw new ConflictException("Only delivered activities are evaluated: record the activity as delivered first.", "status");
        var summary = await db.EvaluationSummaries.SingleOrDefaultAsync(s => s.ActivityId == request.ActivityId, cancellationToken);
        if (summary is null) db.EvaluationSummaries.Add(summary = new EvaluationSummary { ActivityId = request.ActivityId });
        summary.Mean = request.Mean;
        summary.Responses = request.Responses;
        summary.Source = Clean(request.Source);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetEvaluation(request.ActivityId), cancellationToken);
    }
}
