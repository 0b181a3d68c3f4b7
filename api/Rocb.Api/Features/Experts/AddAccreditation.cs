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

/// <summary>Records an accreditation: a nomination (candidate), or one that already exists further on, with its evidence.</summary>
public sealed record AddAccreditation : ICommand<AccreditationDto>
{
    [JsonIgnore] public int ExpertId { get; init; }
    public AccreditationCategory Category { get; init; }
    /// <summary>Required for technical-operational-advisor (TFA, SAFE/AEO, RM, valuation, IPR, environment…).</summary>
    public string? Area { get; init; }
    public AccreditationStatus Status { get; init; } = AccreditationStatus.Candidate;
    public DateOnly? StatusSince { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public string? Evidence { get; init; }
}

public sealed class AddAccreditationValidator : AbstractValidator<AddAccreditation>
{
    public AddAccreditationValidator()
    {
        RuleFor(r => r.Category).IsInEnum();
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Area).NotEmpty().When(r => r.Category == AccreditationCategory.TechnicalOperationalAdvisor)
            .WithMessage("Give the area of a Technical and Operational Advisor (e.g. TFA, SAFE/AEO, risk management).").MaximumLength(100);
        RuleFor(r => r.ValidUntil).Must((r, until) => until is null || r.ValidFrom is null || until >= r.ValidFrom)
            .WithMessage("The accreditation must not end before it starts.");
        RuleFor(r => r.Evidence).NotEmpty().When(r => r.Status != AccreditationStatus.Candidate)
            .WithMessage("An accreditation recorded beyond candidate needs its evidence (e.g. the WCO letter or report).").MaximumLength(1000);
    }
}

internal sealed class AddAccreditationHandler(RocbDbContext db, IAuditActor actor, TimeProvider clock) : IRequestHandler<AddAccreditation, AccreditationDto>
{
    public async Task<AccreditationDto> Handle(AddAccreditation request, CancellationToken cancellationToken)
    {
        if (!await db.Experts.AnyAsync(e => e.Id == request.ExpertId, cancellationToken)) throw new NotFoundException("Expert", request.ExpertId);
        var accreditation = new Accreditation
        {
            ExpertId = request.ExpertId, Category = request.Category, Area = Clean(request.Area), Status = request.Status,
            StatusSince = request.StatusSince, ValidFrom = request.ValidFrom, ValidUntil = request.ValidUntil, Evidence = Clean(request.Evidence),
        };
        AccreditationMapping.RecordStatus(accreditation, actor.Name, clock.GetUtcNow());
        db.Accreditations.Add(accreditation);
        await db.SaveChangesAsync(cancellationToken);
        return AccreditationMapping.ToDto(accreditation);
    }
}
