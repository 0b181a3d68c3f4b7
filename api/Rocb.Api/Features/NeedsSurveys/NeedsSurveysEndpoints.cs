using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.NeedsSurveys;

public static class NeedsSurveysEndpoints
{
    public static IEndpointRouteBuilder MapNeedsSurveys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/needs-cycles").WithTags("Needs surveys");

        group.MapGet("/", List).WithName("listNeedsCycles")
            .WithSummary("Needs survey cycles, newest fiscal year first (a focal point: the cycles its Member is asked in, with its own progress)")
            .ProducesErrors(400).RequirePermission(Permissions.NeedsRead);
        group.MapPost("/", Create).WithName("createNeedsCycle")
            .WithSummary("Create a cycle (draft) with its Members, coordinators and questionnaire, or as a copy of a previous cycle")
            .ProducesErrors(400, 409, 413, 415).RequirePermission(Permissions.NeedsManage);
        group.MapGet("/{cycleId:int}", Get).WithName("getNeedsCycle")
            .WithSummary("A cycle with its questionnaire and the Members asked, and whether answers are accepted today")
            .ProducesErrors(404).RequirePermission(Permissions.NeedsRead);
        return app;
    }

    private static async Task<Ok<NeedsCyclePageDto>> List([AsParameters] ListNeedsCycles query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Created<NeedsCycleDto>> Create(CreateNeedsCycle command, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var cycle = await mediator.Send(command, ct);
        ETags.Set(response, cycle.Version);
        return TypedResults.Created($"/api/needs-cycles/{cycle.Id}", cycle);
    }

    private static async Task<Ok<NeedsCycleDto>> Get(int cycleId, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var cycle = await mediator.Send(new GetNeedsCycle(cycleId), ct);
        ETags.Set(response, cycle.Version);
        return TypedResults.Ok(cycle);
    }
}
