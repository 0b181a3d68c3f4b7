using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Experts;

/// <summary>A period the expert cannot be deployed: Staff for any expert, an expert for itself.</summary>
public sealed record AddUnavailability : ICommand<UnavailabilityDto>
{
    [JsonIgnore] public int ExpertId { get; init; }
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public string? Reason { get; init; }
}

public sealed class AddUnavailabilityValidator : AbstractValidator<AddUnavailability>
{
    public AddUnavailabilityValidator()
    {
        RuleFor(r => r.StartsOn).Must(d => d.Year is >= 1990 and <= 2100).WithMessage("Give the first day.");
        RuleFor(r => r.EndsOn).GreaterThanOrEqualTo(r => r.StartsOn).WithMessage("The period must not end before it starts.");
        RuleFor(r => r.Reason).MaximumLength(300);
    }
}

internal sealed class AddUnavailabilityHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<AddUnavailability, UnavailabilityDto>
{
    public async Task<UnavailabilityDto> Handle(AddUnavailability request, CancellationToken cancellationToken)
    {
        ExpertAccess.EnsureOwn(user, request.ExpertId);
        if (!await db.Experts.AnyAsync(e => e.Id == request.ExpertId, cancellationToken)) throw new NotFoundException("Expert", request.ExpertId);
        var period = new Unavailability { ExpertId = request.ExpertId, StartsOn = request.StartsOn, EndsOn = request.EndsOn, Reason = Clean(request.Reason) };
        db.Unavailability.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        return new UnavailabilityDto(period.Id, period.StartsOn, period.EndsOn, period.Reason);
    }
}
