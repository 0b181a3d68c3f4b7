using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.ReferenceData;

public static class ReferenceDataEndpoints
{
    public static IEndpointRouteBuilder MapReferenceData(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reference-data").WithTags("Reference data")
            .MapPost("/import", Import).WithName("importReferenceData")
            .WithSummary("Import regions, sub-regions and Members (the seed file's format); creates only what is missing, all or nothing")
            .ProducesErrors(400, 409, 413, 415)
            .RequirePermission(Permissions.ReferenceDataWrite);
        return app;
    }

    private static async Task<Ok<ReferenceDataImportResultDto>> Import(ImportReferenceData command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));
}
