using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Rocb.Api.Features.ReferenceData;

namespace Rocb.Api.Persistence.Seed;

/// <summary>
/// Seeds the reference data transcribed from the seed documents (reference-data.json, embedded)
/// through the same import command that users call over HTTP. Idempotent: only missing records are added.
/// </summary>
public sealed class ReferenceDataSeeder(IMediator mediator, IOptions<JsonOptions> json, ILogger<ReferenceDataSeeder> logger)
{
    public async Task<ReferenceDataImportResultDto> SeedAsync(CancellationToken ct = default)
    {
        await using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream("Seed.reference-data.json")
                                 ?? throw new InvalidOperationException("The embedded reference-data.json is missing.");
        var file = await JsonSerializer.DeserializeAsync<ImportReferenceData>(stream, json.Value.SerializerOptions, ct)
                   ?? throw new InvalidOperationException("reference-data.json is empty.");
        var result = await mediator.Send(file, ct);
        logger.LogInformation("Reference data seeded: {Result}", result);
        return result;
    }
}
