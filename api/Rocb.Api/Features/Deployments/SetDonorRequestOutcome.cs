using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Deployments;

/// <summary>Records what the administration answered: released, declined or no answer (null: still waiting).</summary>
public sealed record SetDonorRequestOutcome : ICommand<DonorRequestDto>
{
    [JsonIgnore] public int Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
    public DonorOutcome? Outcome { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public string? Note { get; init; }
    /// <summary>With released: the deployment the administration released the expert for (kept when absent; cleared by any other outcome).</summary>
    public long? DeploymentId { get; init; }
}

public sealed class SetDonorRequestOutcomeValidator : AbstractValidator<SetDonorRequestOutcome>
{
    public SetDonorRequestOutcomeValidator()
    {
        RuleFor(r => r.Outcome).IsInEnum().When(r => r.Outcome is not null);
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}

internal sealed class SetDonorRequestOutcomeHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<SetDonorRequestOutcome, DonorRequestDto>
{
    public async Task<DonorRequestDto> Handle(SetDonorRequestOutcome request, CancellationToken cancellationToken)
    {
        var r = await db.DonorRequests.SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Donor request", request.Id);
        db.Entry(r).ExpectVersion(request.ExpectedVersion, "Donor request", request.Id);
        DateOnly? answered = request.Outcome is null ? null : request.AnsweredOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (answered < r.SentOn)
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("answeredOn", "The answer cannot come before the request was sent.")]);
        r.Outcome = request.Outcome;
        r.AnsweredOn = answered;
        r.Note = Clean(request.Note) ?? r.Note;
        if (r.Outcome != DonorOutcome.Released) r.DeploymentId = null;
        if (request.DeploymentId is { } deployment && deployment != r.DeploymentId)
            await DonorRequestDeploymentLink.ApplyAsync(db, r, deployment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.DonorRequests.AsNoTracking().Where(x => x.Id == r.Id).Select(DonorRequestDto.Projection).SingleAsync(cancellationToken);
    }
}
