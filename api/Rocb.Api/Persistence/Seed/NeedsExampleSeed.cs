using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.NeedsSurveys;

namespace Rocb.Api.Persistence.Seed;

/// <summary>
/// The example needs survey cycle: INVENTED example data (no seed holds real survey answers), so that the tracker, the analysis
/// and the draft work plan have something to show. Created, opened, filled through the same spreadsheet upload Staff use
/// (needs-example-2026.csv), and closed. Marked is_example; the SPA labels it "Example data".
/// </summary>
public static class NeedsExampleSeed
{
    public const string Name = "Needs survey 2026 — EXAMPLE DATA (not real answers)";
    public const string File = "needs-example-2026.csv";

    /// <summary>The questionnaire: topic codes of the topic list, then two custom questions (numbers 19 and 20).</summary>
    public static readonly string[] TopicCodes =
    [
        "rkc", "tfa", "aeo", "single-window", "risk-management", "valuation", "origin", "hs", "pca", "e-commerce",
        "ipr", "drugs", "integrity", "leadership", "data-analytics", "cargo-targeting", "gender-diversity", "digital-customs",
    ];

    public static readonly string[] CustomQuestions =
    [
        "In which languages should training materials and delivery be offered?",
        "Anything else the ROCB and the regional coordinator should know when planning FY2026/27?",
    ];

    public static async Task<NeedsUploadReportDto> SeedAsync(IMediator mediator, RocbDbContext db, CancellationToken ct)
    {
        var topics = await db.Topics.AsNoTracking().Where(t => TopicCodes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var cycle = await mediator.Send(new CreateNeedsCycle
        {
            Name = Name, FiscalYear = 2026, OpensOn = new DateOnly(2026, 1, 12), ClosesOn = new DateOnly(2026, 2, 27), IsExample = true,
            Coordinators = [.. CreateNeedsCycle.DefaultCoordinators], TopicIds = TopicCodes.Select(c => topics[c]).ToList(),
            CustomQuestions = [.. CustomQuestions],
        }, ct);
        await mediator.Send(new OpenNeedsCycle(cycle.Id), ct);

        await using var stream = typeof(NeedsExampleSeed).Assembly.GetManifestResourceStream($"Seed.{File}")
                                 ?? throw new InvalidOperationException($"The embedded seed file {File} is missing.");
        var csv = await new StreamReader(stream).ReadToEndAsync(ct);
        var report = await mediator.Send(new UploadNeedsResponses(cycle.Id, NeedsUploadFormat.ReadCsv(csv), DryRun: false, NeedsResponseStatus.Submitted), ct);
        if (!report.Committed)
            throw new InvalidOperationException($"Seed file {File} was refused: " +
                                                string.Join("; ", report.Problems.Take(10).Select(p => $"row {p.Row} {p.Column}: {p.Message}")));
        await mediator.Send(new CloseNeedsCycle(cycle.Id), ct);
        return report;
    }
}
