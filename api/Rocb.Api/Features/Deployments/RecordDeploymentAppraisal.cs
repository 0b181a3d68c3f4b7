using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>Appraisals and the report often arrive after completion: records them on a completed deployment.</summary>
public sealed record RecordDeploymentAppraisal : ICommand<DeploymentDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
    public int? HostAppraisal { get; init; }
    public int? RocbAppraisal { get; init; }
    public bool ReportReceived { get; init; }
}

public sealed class RecordDeploymentAppraisalValidator : AbstractValidator<RecordDeploymentAppraisal>
{
    public RecordDeploymentAppraisalValidator()
    {
        RuleFor(r => r.HostAppraisal).InclusiveBetween(1, 5).When(r => r.HostAppraisal is not null).WithMessage("Appraisals are on a 1-5 scale.");
        RuleFor(r => r.RocbAppraisal).InclusiveBetween(1, 5).When(r => r.RocbAppraisal is not null).WithMessage("Appraisals are on a 1-5 scale.");
    }
}

internal sealed class RecordDeploymentAppraisalHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<RecordDeploymentAppraisal, DeploymentDto>
{
    public async Task<DeploymentDto> Handle(RecordDeploymentAppraisal request, CancellationToken cancellationToken)
    {
        var d = await DeploymentTransitions.LoadAsync(db, request.Id, request.ExpectedVersion, cancellationToken);
        if (d.Status != DeploymentStatus.Completed)
            throw new ConflictException("Appraisals are recorded on completed deployments: complete it first.", "status");
        d.HostAppraisal = request.HostAppraisal;
        d.RocbAppraisal = request.RocbAppraisal;
        d.ReportReceived = request.ReportReceived;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetDeployment(d.Id), cancellationToken);
    }
}
