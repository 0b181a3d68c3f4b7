using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Deployments;

/// <summary>Completes a confirmed deployment with the host's and the ROCB's 1-5 appraisals and whether the expert's report came in.</summary>
public sealed record CompleteDeployment : ICommand<DeploymentDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
    public int? HostAppraisal { get; init; }
    public int? RocbAppraisal { get; init; }
    public bool ReportReceived { get; init; }
    public string? Note { get; init; }
}

public sealed class CompleteDeploymentValidator : AbstractValidator<CompleteDeployment>
{
    public CompleteDeploymentValidator()
    {
        RuleFor(r => r.HostAppraisal).InclusiveBetween(1, 5).When(r => r.HostAppraisal is not null).WithMessage("Appraisals are on a 1-5 scale.");
        RuleFor(r => r.RocbAppraisal).InclusiveBetween(1, 5).When(r => r.RocbAppraisal is not null).WithMessage("Appraisals are on a 1-5 scale.");
        RuleFor(r => r.Note).MaximumLength(2000);
    }
}

internal sealed class CompleteDeploymentHandler(RocbDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<CompleteDeployment, DeploymentDto>
{
    public async Task<DeploymentDto> Handle(CompleteDeployment request, CancellationToken cancellationToken)
    {
        var d = await DeploymentTransitions.LoadAsync(db, request.Id, request.ExpectedVersion, cancellationToken);
        DeploymentWorkflow.Move(d, DeploymentStatus.Completed, clock.GetUtcNow());
        d.HostAppraisal = request.HostAppraisal;
        d.RocbAppraisal = request.RocbAppraisal;
        d.ReportReceived = request.ReportReceived;
        d.Note = Clean(request.Note) ?? d.Note;
        await db.SaveChangesAsync(cancellationToken);
        await ExpertRequestStatusRules.RefreshAsync(db, d.RequestId, cancellationToken);
        return await mediator.Send(new GetDeployment(d.Id), cancellationToken);
    }
}
