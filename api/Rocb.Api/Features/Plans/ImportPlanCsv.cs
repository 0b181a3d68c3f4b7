using MediatR;
using Rocb.Api.Common.Mediation;

namespace Rocb.Api.Features.Plans;

/// <summary>Imports a plan from its CSV form (see <see cref="PlanCsv"/>); problems name the CSV row.</summary>
public sealed record ImportPlanCsv(string Csv, bool DryRun) : ICommand<ImportReportDto>;

internal sealed class ImportPlanCsvHandler(IMediator mediator) : IRequestHandler<ImportPlanCsv, ImportReportDto>
{
    public async Task<ImportReportDto> Handle(ImportPlanCsv request, CancellationToken cancellationToken)
    {
        var (file, problems, rowOf) = PlanCsv.Read(request.Csv);
        if (file is null || problems.Count > 0) return new ImportReportDto(request.DryRun, false, problems, new Dictionary<string, int>());
        var report = await mediator.Send(new ImportPlan(file, request.DryRun), cancellationToken);
        return report with { Problems = report.Problems.Select(p => p with { Row = PlanCsv.RowFor(p.Path, rowOf) }).ToList() };
    }
}

/// <summary>A plan in its CSV form.</summary>
public sealed record ExportPlanCsv(int Id) : IQuery<string>;

internal sealed class ExportPlanCsvHandler(IMediator mediator) : IRequestHandler<ExportPlanCsv, string>
{
    public async Task<string> Handle(ExportPlanCsv request, CancellationToken cancellationToken) =>
        PlanCsv.Write(await mediator.Send(new ExportPlan(request.Id), cancellationToken));
}
