using System.Text.Json.Serialization;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Auditing;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Experts;

/// <summary>Moves an accreditation along its lifecycle; a step that skips the lifecycle needs an override reason.</summary>
public sealed record ChangeAccreditationStatus : ICommand<AccreditationDto>
{
    [JsonIgnore] public int ExpertId { get; init; }
    [JsonIgnore] public long AccreditationId { get; init; }
    public AccreditationStatus Status { get; init; }
    /// <summary>When the new status took effect (default: today).</summary>
    public DateOnly? On { get; init; }
    /// <summary>New validity (e.g. on accreditation); left as it was when absent.</summary>
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public string? Evidence { get; init; }
    /// <summary>Why the change skips a step of the lifecycle (e.g. candidate straight to accredited).</summary>
    public string? OverrideReason { get; init; }
}

public sealed class ChangeAccreditationStatusValidator : AbstractValidator<ChangeAccreditationStatus>
{
    public ChangeAccreditationStatusValidator()
    {
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.ValidUntil).Must((r, until) => until is null || r.ValidFrom is null || until >= r.ValidFrom)
            .WithMessage("The accreditation must not end before it starts.");
        RuleFor(r => r.Evidence).MaximumLength(1000);
        RuleFor(r => r.OverrideReason).MaximumLength(500);
    }
}

internal sealed class ChangeAccreditationStatusHandler(RocbDbContext db, IAuditActor actor, TimeProvider clock) : IRequestHandler<ChangeAccreditationStatus, AccreditationDto>
{
    public async Task<AccreditationDto> Handle(ChangeAccreditationStatus request, CancellationToken cancellationToken)
    {
        var a = await db.Accreditations.Include(x => x.History).SingleOrDefaultAsync(x => x.Id == request.AccreditationId && x.ExpertId == request.ExpertId, cancellationToken)
                ?? throw new NotFoundException("Accreditation", request.AccreditationId);
        if (a.Status == request.Status) throw new ConflictException($"The accreditation is already {Common.Http.KebabEnum.Name(a.Status)}.", "status");
        var overrideReason = Clean(request.OverrideReason);
        if (!AccreditationLifecycle.IsNormalStep(a.Status, request.Status) && overrideReason is null)
            throw new ValidationException([new ValidationFailure("overrideReason",
                $"Going from {Common.Http.KebabEnum.Name(a.Status)} to {Common.Http.KebabEnum.Name(request.Status)} skips the lifecycle " +
                "(candidate → pre-accredited → accredited → expired, or withdrawn): say why in overrideReason.")]);
        var (from, until) = (request.ValidFrom ?? a.ValidFrom, request.ValidUntil ?? a.ValidUntil);
        if (from is not null && until is not null && until < from)
            throw new ValidationException([new ValidationFailure("validUntil", "The accreditation must not end before it starts.")]);
        a.Status = request.Status;
        a.StatusSince = request.On ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        a.ValidFrom = from ?? (request.Status == AccreditationStatus.Accredited ? a.StatusSince : null);
        a.ValidUntil = until ?? (request.Status is AccreditationStatus.Expired or AccreditationStatus.Withdrawn ? a.StatusSince : null);
        if (a.ValidUntil < a.ValidFrom) a.ValidUntil = a.ValidFrom;
        a.Evidence = Clean(request.Evidence) ?? a.Evidence;
        a.OverrideReason = overrideReason;
        // The history keeps what this change said (its own evidence, not the one carried over from before).
        AccreditationMapping.RecordStatus(a, actor.Name, clock.GetUtcNow());
        a.History[^1].Evidence = Clean(request.Evidence);
        await db.SaveChangesAsync(cancellationToken);
        return AccreditationMapping.ToDto(a);
    }
}
