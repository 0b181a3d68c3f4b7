using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Progress;

namespace Rocb.Api.Features.Plans;

public static class PlansEndpoints
{
    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans").WithTags("Plans");

        group.MapGet("/", List).WithName("listPlans").WithSummary("List plans (RSP, SAP, AWP)")
            .RequirePermission(Permissions.PlansRead);
        group.MapGet("/{id:int}", Get).WithName("getPlan")
            .WithSummary("A plan with its fiscal calendar, milestones, pillars, specific actions and KPIs")
            .ProducesErrors(404).RequirePermission(Permissions.PlansRead);
        group.MapGet("/{id:int}/progress", Progress).WithName("getPlanProgress")
            .WithSummary("Every KPI of the plan on a date (value, target, expected, status), by pillar; filter by pillar and sub-region")
            .ProducesErrors(400, 404).RequirePermission(Permissions.PlansRead);
        group.MapGet("/{id:int}/expert-deployments-by-origin", DeploymentsByOrigin).WithName("getExpertDeploymentsByOrigin")
            .WithSummary("The KPI deployments by origin: confirmed or completed expert deployments from the plan's start to a date, inside the region (Member experts) and outside it (WCO Secretariat, other administrations)")
            .ProducesErrors(400, 404).RequirePermission(Permissions.PlansRead);
        group.MapGet("/{id:int}/coverage-matrix", Matrix).WithName("getCoverageMatrix")
            .WithSummary("Members × milestones: each Member's latest approved status on each milestone of the plan on a date")
            .ProducesErrors(400, 404).RequirePermission(Permissions.PlansRead);
        group.MapGet("/{id:int}/export", Export).WithName("exportPlan")
            .WithSummary("The plan in the JSON import format (export, edit, import round-trips)")
            .ProducesErrors(404).RequirePermission(Permissions.PlansWrite);
        group.MapPost("/import", Import).WithName("importPlan")
            .WithSummary("Import a plan (JSON). dryRun=true reports every problem and writes nothing; otherwise all or nothing")
            .ProducesErrors(400, 409, 413, 415).RequirePermission(Permissions.PlansWrite);

        group.MapGet("/{id:int}/export.csv", ExportCsv).WithName("exportPlanCsv")
            .WithSummary("The plan as CSV, one row per plan, milestone, pillar, action and KPI (round-trips with import.csv)")
            .Produces<string>(StatusCodes.Status200OK, CsvBody.ContentType).ProducesErrors(404).RequirePermission(Permissions.PlansWrite);
        group.MapPost("/import.csv", ImportCsv).WithName("importPlanCsv")
            .WithSummary("Import a plan from CSV (text/csv). dryRun=true reports each row's problems and writes nothing")
            .WithMetadata(new CsvBody.RequestBody()).ProducesErrors(400, 409, 413, 415).RequirePermission(Permissions.PlansWrite);
        group.MapGet("/{id:int}/milestone-statuses.csv", ExportStatusesCsv).WithName("exportMilestoneStatusesCsv")
            .WithSummary("The approved milestone statuses of the plan as CSV (the status import format)")
            .Produces<string>(StatusCodes.Status200OK, CsvBody.ContentType).ProducesErrors(404).RequirePermission(Permissions.PlansRead);

        var kpis = app.MapGroup("/api/kpis").WithTags("Plans");
        kpis.MapGet("/{id:int}/progress", KpiProgress).WithName("getKpiProgress")
            .WithSummary("One KPI on a date: value and status, trend by fiscal year, sub-region breakdown and the records behind it")
            .ProducesErrors(400, 404).RequirePermission(Permissions.PlansRead);
        kpis.MapPost("/{id:int}/reported-values", Report).WithName("reportKpiValue")
            .WithSummary("Report a value with evidence for a KPI that Rocb cannot derive (e.g. the number of AEO MRAs)")
            .ProducesErrors(400, 404, 409, 413, 415).RequirePermission(Permissions.PlansWrite);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PlanSummaryDto>>> List([AsParameters] ListPlans query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<PlanDetailDto>> Get(int id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetPlan(id), ct));

    private static async Task<Ok<ExpertDeploymentsByOriginDto>> DeploymentsByOrigin([AsParameters] GetExpertDeploymentsByOrigin query, IMediator mediator,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<PlanProgressDto>> Progress([AsParameters] GetPlanProgress query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<CoverageMatrixDto>> Matrix([AsParameters] GetCoverageMatrix query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<PlanFile>> Export(int id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ExportPlan(id), ct));

    private static async Task<Ok<ImportReportDto>> Import(PlanFile file, [FromQuery] bool? dryRun, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ImportPlan(file, dryRun ?? false), ct));

    private static async Task<IResult> ExportCsv(int id, IMediator mediator, CancellationToken ct) =>
        CsvBody.File(await mediator.Send(new ExportPlanCsv(id), ct), $"plan-{id}.csv");

    private static async Task<Ok<ImportReportDto>> ImportCsv(HttpRequest request, [FromQuery] bool? dryRun, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ImportPlanCsv(await CsvBody.ReadAsync(request, ct), dryRun ?? false), ct));

    private static async Task<IResult> ExportStatusesCsv(int id, IMediator mediator, CancellationToken ct) =>
        CsvBody.File(await mediator.Send(new Milestones.ExportMilestoneStatusesCsv(id), ct), $"milestone-statuses-{id}.csv");

    private static async Task<Created<KpiReportedValueDto>> Report(int id, ReportKpiValue command, IMediator mediator, CancellationToken ct)
    {
        var value = await mediator.Send(command with { KpiId = id }, ct);
        return TypedResults.Created($"/api/kpis/{id}/progress", value);
    }

    private static async Task<Ok<KpiDetailDto>> KpiProgress([AsParameters] GetKpiProgress query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));
}
