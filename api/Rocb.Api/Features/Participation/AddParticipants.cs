using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Participation;

public sealed record ParticipantInput(int MemberId, string Name, Gender Gender, ParticipantRole Role, string? Position);

/// <summary>Adds named participants; they replace the hand-entered counts of their Member.</summary>
public sealed record AddParticipants : ICommand<ParticipationDto>
{
    [JsonIgnore] public long ActivityId { get; init; }
    public IReadOnlyList<ParticipantInput> Participants { get; init; } = [];
}

public sealed class AddParticipantsValidator : AbstractValidator<AddParticipants>
{
    public AddParticipantsValidator(RocbDbContext db)
    {
        RuleFor(r => r.Participants).NotEmpty().WithMessage("Add at least one participant.")
            .Must(p => p.Count <= 1000).WithMessage("At most 1,000 participants at a time; upload a CSV file for more.");
        RuleForEach(r => r.Participants).ChildRules(p =>
        {
            p.RuleFor(x => x.Name).NotEmpty().WithMessage("Give the participant's name.").MaximumLength(200);
            p.RuleFor(x => x.Gender).IsInEnum();
            p.RuleFor(x => x.Role).IsInEnum();
            p.RuleFor(x => x.Position).MaximumLength(200);
        });
        RuleFor(r => r.Participants).MustAsync(async (items, ct) =>
        {
            var ids = items.Select(p => p.MemberId).Distinct().ToList();
            return await db.Members.CountAsync(m => ids.Contains(m.Id), ct) == ids.Count;
        }).WithMessage("Every participant's Member must exist.");
        RuleFor(r => r.Participants).Must(items => items.GroupBy(p => p.MemberId).All(g => g.Count(p => p.Role == ParticipantRole.HeadOfDelegation) <= 1))
            .WithMessage("A delegation has at most one head.");
    }
}

internal sealed class AddParticipantsHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<AddParticipants, ParticipationDto>
{
    public async Task<ParticipationDto> Handle(AddParticipants request, CancellationToken cancellationToken)
    {
        await ParticipationRules.ActivityAsync(db, request.ActivityId, cancellationToken);
        var members = request.Participants.Select(p => p.MemberId).Distinct().ToList();
        var heads = await db.Participants.Where(p => p.ActivityId == request.ActivityId && members.Contains(p.MemberId)
                                                     && p.Role == ParticipantRole.HeadOfDelegation).Select(p => p.MemberId).ToListAsync(cancellationToken);
        if (request.Participants.FirstOrDefault(p => p.Role == ParticipantRole.HeadOfDelegation && heads.Contains(p.MemberId)) is { } second)
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("participants",
                $"Member {second.MemberId}'s delegation already has a head.")]);
        db.Participants.AddRange(request.Participants.Select(p => new Participant
        {
            ActivityId = request.ActivityId, MemberId = p.MemberId, Name = p.Name.Trim(), Gender = p.Gender, Role = p.Role,
            Position = Clean(p.Position),
        }));
        await db.SaveChangesAsync(cancellationToken);
        await ParticipationRules.RollUpAsync(db, request.ActivityId, cancellationToken);
        return await mediator.Send(new GetParticipation(request.ActivityId), cancellationToken);
    }
}
