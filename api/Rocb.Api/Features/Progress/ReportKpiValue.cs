using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Progress;

/// <summary>A value reported for a KPI that nothing in Rocb can derive (e.g. the number of AEO MRAs), with its evidence.</summary>
public sealed record KpiReportedValueDto(long Id, int KpiId, DateOnly AsOf, decimal Value, string Evidence, DateTimeOffset ReportedAt);

public sealed record ReportKpiValue : ICommand<KpiReportedValueDto>
{
    [JsonIgnore] public int KpiId { get; init; }
    /// <summary>The date the value holds on; not in the future.</summary>
    public DateOnly AsOf { get; init; }
    public decimal Value { get; init; }
    /// <summary>Where the value comes from (document, link, meeting).</summary>
    public string Evidence { get; init; } = "";
}

public sealed class ReportKpiValueValidator : AbstractValidator<ReportKpiValue>
{
    public ReportKpiValueValidator(TimeProvider clock)
    {
        RuleFor(r => r.AsOf).Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) && d.Year >= 1990)
            .WithMessage("The date must be a real date, not in the future.");
        RuleFor(r => r.Value).GreaterThanOrEqualTo(0).WithMessage("The value cannot be negative.");
        RuleFor(r => r.Evidence).NotEmpty().WithMessage("Say where the value comes from.").MaximumLength(4000);
    }
}

internal sealed class ReportKpiValueHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<ReportKpiValue, KpiReportedValueDto>
{
    public async Task<KpiReportedValueDto> Handle(ReportKpiValue request, CancellationToken cancellationToken)
    {
        var kpi = await db.Kpis.SingleOrDefaultAsync(k => k.Id == request.KpiId, cancellationToken) ?? throw new NotFoundException("KPI", request.KpiId);
        if (kpi.Kind != KpiKind.ReportedValue && kpi.ComputedFrom is not ("reported" or "mra-records"))
            throw new ConflictException($"KPI {kpi.Code} is computed from {kpi.ComputedFrom}; only KPIs that Rocb cannot derive take reported values.", "kpiId");
        var value = new KpiReportedValue
        {
            KpiId = kpi.Id, AsOf = request.AsOf, Value = request.Value, Evidence = request.Evidence.Trim(), ReportedBy = user.UserId,
            ReportedAt = clock.GetUtcNow(),
        };
        db.KpiReportedValues.Add(value);
        await db.SaveChangesAsync(cancellationToken);
        return new KpiReportedValueDto(value.Id, value.KpiId, value.AsOf, value.Value, value.Evidence, value.ReportedAt);
    }
}
