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

public sealed record ParticipantCountInput
{
    /// <summary>Null: participants not broken down by Member (at most one such row).</summary>
    public int? MemberId { get; init; }
    public int Female { get; init; }
    public int Male { get; init; }
    public int Other { get; init; }
    public int NotRecorded { get; init; }
    /// <summary>Optional check: when given, female + male + other + not recorded must add up to it.</summary>
    public int? Total { get; init; }
    /// <summary>Counted apart from the total.</summary>
    public int Observers { get; init; }
    public Gender? HeadOfDelegationGender { get; init; }
    public string? Note { get; init; }
}

/// <summary>Replaces the counts entered by hand for an activity; rows rolled up from named participants stay as they are.</summary>
public sealed record SetParticipantCounts : ICommand<ParticipationDto>
{
    [JsonIgnore] public long ActivityId { get; init; }
    public IReadOnlyList<ParticipantCountInput> Counts { get; init; } = [];
}

public sealed class SetParticipantCountsValidator : AbstractValidator<SetParticipantCounts>
{
    public SetParticipantCountsValidator(RocbDbContext db)
    {
        RuleFor(r => r.Counts).Must(c => c.Count <= 500).WithMessage("At most 500 rows at a time.");
        RuleFor(r => r.Counts).Must(c => c.GroupBy(x => x.MemberId).All(g => g.Count() == 1))
            .WithMessage("Each Member (and the row not broken down by Member) may appear once.");
        RuleForEach(r => r.Counts).ChildRules(c =>
        {
            c.RuleFor(x => x.Female).GreaterThanOrEqualTo(0).WithMessage("Counts must not be negative.");
            c.RuleFor(x => x.Male).GreaterThanOrEqualTo(0).WithMessage("Counts must not be negative.");
            c.RuleFor(x => x.Other).GreaterThanOrEqualTo(0).WithMessage("Counts must not be negative.");
            c.RuleFor(x => x.NotRecorded).GreaterThanOrEqualTo(0).WithMessage("Counts must not be negative.");
            c.RuleFor(x => x.Observers).GreaterThanOrEqualTo(0).WithMessage("Counts must not be negative.");
            c.RuleFor(x => x.Total).Must((x, total) => total is null || total == x.Female + x.Male + x.Other + x.NotRecorded)
                .WithMessage(x => $"Female, male, other and not recorded add up to {x.Female + x.Male + x.Other + x.NotRecorded}, not {x.Total}.");
            c.RuleFor(x => x.HeadOfDelegationGender).IsInEnum();
            c.RuleFor(x => x.HeadOfDelegationGender).Null().When(x => x.MemberId is null)
                .WithMessage("A head of delegation belongs to one Member's delegation.");
            c.RuleFor(x => x.Note).MaximumLength(500);
        });
        RuleFor(r => r.Counts).MustAsync(async (counts, ct) =>
        {
            var ids = counts.Where(c => c.MemberId is not null).Select(c => c.MemberId!.Value).Distinct().ToList();
            return await db.Members.CountAsync(m => ids.Contains(m.Id), ct) == ids.Count;
        }).WithMessage("Every Member must exist.");
    }
}

internal sealed class SetParticipantCountsHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<SetParticipantCounts, ParticipationDto>
{
    public async Task<ParticipationDto> Handle(SetParticipantCounts request, CancellationToken cancellationToken)
    {
        await ParticipationRules.ActivityAsync(db, request.ActivityId, cancellationToken);
        var existing = await db.ParticipantCounts.Where(c => c.ActivityId == request.ActivityId).ToListAsync(cancellationToken);
        var named = existing.Where(c => c.FromIndividuals).Select(c => c.MemberId).ToHashSet();
        if (request.Counts.FirstOrDefault(c => named.Contains(c.MemberId)) is { } clash)
            throw new ConflictException($"Member {clash.MemberId}'s counts come from its named participants: change those instead.", "counts");
        db.ParticipantCounts.RemoveRange(existing.Where(c => !c.FromIndividuals));
        await db.SaveChangesAsync(cancellationToken);
        db.ParticipantCounts.AddRange(request.Counts.Select(c => new ParticipantCount
        {
            ActivityId = request.ActivityId, MemberId = c.MemberId, Female = c.Female, Male = c.Male, Other = c.Other,
            NotRecorded = c.NotRecorded, Observers = c.Observers, HeadOfDelegationGender = c.HeadOfDelegationGender,
            Note = Clean(c.Note),
        }));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetParticipation(request.ActivityId), cancellationToken);
    }
}
