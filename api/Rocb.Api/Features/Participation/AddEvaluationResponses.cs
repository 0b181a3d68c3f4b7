using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Participation;

public sealed record EvaluationResponseInput(int Overall, IReadOnlyList<EvaluationItemDto>? Items, string? Comment);

/// <summary>Records participants' evaluation forms (1-5 overall, optional 1-5 items) for a delivered activity.</summary>
public sealed record AddEvaluationResponses : ICommand<EvaluationDto>
{
    [JsonIgnore] public long ActivityId { get; init; }
    public IReadOnlyList<EvaluationResponseInput> Responses { get; init; } = [];
}

public sealed class AddEvaluationResponsesValidator : AbstractValidator<AddEvaluationResponses>
{
    public AddEvaluationResponsesValidator()
    {
        RuleFor(r => r.Responses).NotEmpty().WithMessage("Add at least one response.")
            .Must(r => r.Count <= 1000).WithMessage("At most 1,000 responses at a time.");
        RuleForEach(r => r.Responses).ChildRules(e =>
        {
            e.RuleFor(x => x.Overall).InclusiveBetween(1, 5).WithMessage(x => $"Scores are on a 1-5 scale; {x.Overall} is outside it.");
            e.RuleForEach(x => x.Items).ChildRules(i =>
            {
                i.RuleFor(x => x.Item).NotEmpty().WithMessage("Name the item.").MaximumLength(100);
                i.RuleFor(x => x.Score).InclusiveBetween(1, 5).WithMessage(x => $"Scores are on a 1-5 scale; {x.Score} is outside it.");
            });
            e.RuleFor(x => x.Comment).MaximumLength(2000);
        });
    }
}

internal sealed class AddEvaluationResponsesHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<AddEvaluationResponses, EvaluationDto>
{
    public async Task<EvaluationDto> Handle(AddEvaluationResponses request, CancellationToken cancellationToken)
    {
        var activity = await ParticipationRules.ActivityAsync(db, request.ActivityId, cancellationToken);
        if (activity.Status != ActivityStatus.Delivered)
            throw new ConflictException("Only delivered activities are evaluated: record the activity as delivered first.", "status");
        db.EvaluationResponses.AddRange(request.Responses.Select(r => new EvaluationResponse
        {
            ActivityId = request.ActivityId, Overall = r.Overall, Comment = Clean(r.Comment),
            Items = (r.Items ?? []).Select(i => new EvaluationItemScore { Item = i.Item.Trim(), Score = i.Score }).ToList(),
        }));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetEvaluation(request.ActivityId), cancellationToken);
    }
}
