using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;
using Rocb.Api.Common.Spreadsheets;

namespace Rocb.Api.Features.NeedsAnalysis;

public static class NeedsAnalysisEndpoints
{
    public static IEndpointRouteBuilder MapNeedsAnalysis(this IEndpointRouteBuilder app)
    {
        var cycles = app.MapGroup("/api/needs-cycles").WithTags("Needs analysis");
        cycles.MapGet("/{cycleId:int}/analysis", Analysis).WithName("getNeedsAnalysis")
            .WithSummary("The cycle's analysis from its submitted responses: demand by topic × sub-region, each Member's top needs, change " +
                         "against the previous cycle, high-impact needs, accredited expert supply, the gap per topic and the proposals (each with its reason)")
            .ProducesErrors(400, 404).RequirePermission(Permissions.NeedsAnalyse);
        cycles.MapGet("/{cycleId:int}/analysis/export", ExportAnalysis).WithName("exportNeedsAnalysis")
            .WithSummary("The analysis as CSV (long form: one row per figure) or XLSX (one sheet per part)")
            .Produces<string>(StatusCodes.Status200OK, CsvBody.ContentType, XlsxWriter.ContentType)
            .ProducesErrors(400, 404).RequirePermission(Permissions.NeedsAnalyse);

        cycles.MapPost("/{cycleId:int}/work-plan", Generate).WithName("generateWorkPlanDraft")
            .WithSummary("Generate the draft annual work plan from the analysis (409 when a draft exists unless replace=true; never once adopted)")
            .ProducesErrors(404, 409).RequirePermission(Permissions.NeedsPlan);
        cycles.MapGet("/{cycleId:int}/work-plan", GetDraft).WithName("getWorkPlanDraft")
            .WithSummary("The draft work plan with each item's reason and evidence (the answers behind it)")
            .ProducesErrors(404).RequirePermission(Permissions.NeedsAnalyse);
        cycles.MapPost("/{cycleId:int}/work-plan/items", AddItem).WithName("addWorkPlanItem")
            .WithSummary("Add an item of Staff's own to the draft (origin manual)")
            .ProducesErrors(400, 404, 409, 413, 415).RequirePermission(Permissions.NeedsPlan);
        cycles.MapPut("/{cycleId:int}/work-plan/items/{itemId:int}", UpdateItem).WithName("updateWorkPlanItem")
            .WithSummary("Change an item of the draft (send If-Match with its version to guard against a concurrent edit); its evidence stays")
            .ProducesErrors(400, 404, 409, 412, 413, 415).RequirePermission(Permissions.NeedsPlan);
        cycles.MapDelete("/{cycleId:int}/work-plan/items/{itemId:int}", DeleteItem).WithName("deleteWorkPlanItem")
            .WithSummary("Remove an item from the draft")
            .ProducesErrors(404, 409).RequirePermission(Permissions.NeedsPlan);
        cycles.MapPost("/{cycleId:int}/work-plan/adopt", Adopt).WithName("adoptWorkPlanDraft")
            .WithSummary("Adopt the draft: every item becomes a planned activity (its quarter, topic, beneficiaries, plan actions), all or nothing; 409 once adopted")
            .ProducesErrors(400, 404, 409).RequirePermission(Permissions.NeedsPlan);
        cycles.MapGet("/{cycleId:int}/work-plan/export", ExportDraft).WithName("exportWorkPlanDraft")
            .WithSummary("The draft work plan as CSV (one row per item) or XLSX (items and an evidence sheet)")
            .Produces<string>(StatusCodes.Status200OK, CsvBody.ContentType, XlsxWriter.ContentType)
            .ProducesErrors(400, 404).RequirePermission(Permissions.NeedsAnalyse);

        var settings = app.MapGroup("/api/needs-analysis/settings").WithTags("Needs analysis");
        settings.MapGet("/", GetSettings).WithName("getNeedsAnalysisSettings")
            .WithSummary("The settings of the proposal rules (sub-regional workshop threshold, high need level, supply shortage ratio…); ETag (Administrators; the analysis shows the settings it used to everyone who may read it)")
            .RequirePermission(Permissions.NeedsConfigure);
        settings.MapPut("/", UpdateSettings).WithName("updateNeedsAnalysisSettings")
            .WithSummary("Change the settings of the proposal rules (Administrators; send If-Match with its ETag)")
            .ProducesErrors(400, 409, 412, 413, 415).RequirePermission(Permissions.NeedsConfigure);
        return app;
    }

    private static async Task<Ok<NeedsAnalysisDto>> Analysis(int cycleId, [FromQuery] int? subRegionId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetNeedsAnalysis(cycleId, subRegionId), ct));

    private static async Task<IResult> ExportAnalysis(int cycleId, [FromQuery] string? format, [FromQuery] int? subRegionId, IMediator mediator,
        CancellationToken ct) => File(await mediator.Send(new ExportNeedsAnalysis(cycleId, format, subRegionId), ct));

    private static async Task<Created<WorkPlanDraftDto>> Generate(int cycleId, [FromQuery] bool? replace, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created($"/api/needs-cycles/{cycleId}/work-plan",
            await mediator.Send(new GenerateWorkPlanDraft(cycleId) { Replace = replace ?? false }, ct));

    private static async Task<Ok<WorkPlanDraftDto>> GetDraft(int cycleId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetWorkPlanDraft(cycleId), ct));

    private static async Task<Created<WorkPlanItemDto>> AddItem(int cycleId, AddWorkPlanItem command, IMediator mediator, HttpResponse response,
        CancellationToken ct)
    {
        var item = await mediator.Send(command with { CycleId = cycleId }, ct);
        ETags.Set(response, item.Version);
        return TypedResults.Created($"/api/needs-cycles/{cycleId}/work-plan/items/{item.Id}", item);
    }

    private static async Task<Ok<WorkPlanItemDto>> UpdateItem(int cycleId, int itemId, UpdateWorkPlanItem command,
        [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var item = await mediator.Send(command with { CycleId = cycleId, ItemId = itemId, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct);
        ETags.Set(response, item.Version);
        return TypedResults.Ok(item);
    }

    private static async Task<NoContent> DeleteItem(int cycleId, int itemId, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteWorkPlanItem(cycleId, itemId), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<WorkPlanDraftDto>> Adopt(int cycleId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new AdoptWorkPlanDraft(cycleId), ct));

    private static async Task<IResult> ExportDraft(int cycleId, [FromQuery] string? format, IMediator mediator, CancellationToken ct) =>
        File(await mediator.Send(new ExportWorkPlanDraft(cycleId, format), ct));

    private static async Task<Ok<NeedsAnalysisSettingsDto>> GetSettings(IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var s = await mediator.Send(new GetNeedsAnalysisSettings(), ct);
        ETags.Set(response, s.Version);
        return TypedResults.Ok(s);
    }

    private static async Task<Ok<NeedsAnalysisSettingsDto>> UpdateSettings(UpdateNeedsAnalysisSettings command,
        [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var s = await mediator.Send(command with { ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct);
        ETags.Set(response, s.Version);
        return TypedResults.Ok(s);
    }

    private static IResult File(ExportFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
}
