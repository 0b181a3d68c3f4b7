using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Deployments;

/// <summary>Records a request to a (donor) administration to release an expert; its outcome follows (released, declined, no answer).</summary>
public sealed record RecordDonorRequest : ICommand<DonorRequestDto>
{
    public int? ExpertRequestId { get; init; }
    public int? ExpertId { get; init; }
    /// <summary>With outcome released: the deployment the administration released the expert for.</summary>
    public long? DeploymentId { get; init; }
    /// <summary>The Member administration asked, or …</summary>
    public int? MemberId { get; init; }
    /// <summary>… an administration outside the region, by name.</summary>
    public string? Administration { get; init; }
    public DateOnly SentOn { get; init; }
    public DonorOutcome? Outcome { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public string? Note { get; init; }
}

public sealed class RecordDonorRequestValidator : AbstractValidator<RecordDonorRequest>
{
    public RecordDonorRequestValidator(RocbDbContext db)
    {
        RuleFor(r => r.MemberId).NotNull().When(r => string.IsNullOrWhiteSpace(r.Administration))
            .WithMessage("Say which administration was asked: a Member, or another administration by name.");
        RuleFor(r => r.MemberId).MustAsync((id, ct) => db.Members.AnyAsync(m => m.Id == id, ct)).When(r => r.MemberId is not null)
            .WithMessage("Choose an existing Member.");
        RuleFor(r => r.ExpertRequestId).MustAsync((id, ct) => db.ExpertRequests.AnyAsync(x => x.Id == id, ct)).When(r => r.ExpertRequestId is not null)
            .WithMessage("Choose an existing expert request.");
        RuleFor(r => r.ExpertId).MustAsync((id, ct) => db.Experts.AnyAsync(x => x.Id == id, ct)).When(r => r.ExpertId is not null)
            .WithMessage("Choose an existing expert.");
        RuleFor(r => r.Administration).MaximumLength(200);
        RuleFor(r => r.SentOn).Must(d => d.Year is >= 1990 and <= 2100).WithMessage("Give the day the request was sent.");
        RuleFor(r => r.Outcome).IsInEnum().When(r => r.Outcome is not null);
        RuleFor(r => r.AnsweredOn).Must((r, d) => d is null || d >= r.SentOn).WithMessage("The answer cannot come before the request was sent.");
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}

internal sealed class RecordDonorRequestHandler(RocbDbContext db) : IRequestHandler<RecordDonorRequest, DonorRequestDto>
{
    public async Task<DonorRequestDto> Handle(RecordDonorRequest request, CancellationToken cancellationToken)
    {
        var r = new DonorRequest
        {
            ExpertRequestId = request.ExpertRequestId, ExpertId = request.ExpertId, MemberId = request.MemberId,
            Administration = request.MemberId is null ? Clean(request.Administration) : null, SentOn = request.SentOn,
            Outcome = request.Outcome, AnsweredOn = request.Outcome is null ? null : request.AnsweredOn ?? request.SentOn,
            Note = Clean(request.Note),
        };
        if (request.DeploymentId is { } deployment) await DonorRequestDeploymentLink.ApplyAsync(db, r, deployment, cancellationToken);
        db.DonorRequests.Add(r);
        await db.SaveChangesAsync(cancellationToken);
        return await db.DonorRequests.AsNoTracking().Where(x => x.Id == r.Id).Select(DonorRequestDto.Projection).SingleAsync(cancellationToken);
    }
}
