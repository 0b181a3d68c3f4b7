using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.Regions;

public static class RegionsEndpoints
{
    public static IEndpointRouteBuilder MapRegions(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/regions").WithTags("Regions")
            .MapGet("/", List).WithName("listRegions").WithSummary("List the WCO regions")
            .RequirePermission(Permissions.ReferenceDataRead);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<RegionDto>>> List(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRegions(), ct));
}
