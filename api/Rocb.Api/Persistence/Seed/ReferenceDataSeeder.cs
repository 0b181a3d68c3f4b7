using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rocb.Api.Features.FollowUpSurveys;
using Rocb.Api.Features.Milestones;
using Rocb.Api.Features.Activities;
using Rocb.Api.Features.Plans;
using Rocb.Api.Features.ReferenceData;

namespace Rocb.Api.Persistence.Seed;

/// <summary>
/// Seeds the data transcribed from the seed documents (the JSON files beside this class, embedded) through the
/// same import commands that users call over HTTP, in dependency order. Idempotent: what exists is left as it is
/// (reference data and topics by code; plans, their activities and statuses only on the first start; the follow-up
/// survey round while there is none; the example needs survey while there is no example cycle).
/// </summary>
public sealed class ReferenceDataSeeder(IMediator mediator, RocbDbContext db, IOptions<JsonOptions> json, ILogger<ReferenceDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        logger.LogInformation("Reference data: {Result}", await mediator.Send(await Read<ImportReferenceData>("reference-data.json", ct), ct));
        logger.LogInformation("Topics: {Result}", await mediator.Send(await Read<ImportReferenceData>("topics.json", ct), ct));

        // Plans are seeded once: later starts leave them (and what users did with them) alone.
        var created = false;
        foreach (var file in new[] { "plan-sap-2018-2020.json", "plan-sap-2024-2026.json" })
        {
            var plan = await Read<PlanFile>(file, ct);
            if (await db.Plans.AnyAsync(p => p.Code == plan.Plan.Code, ct)) continue;
            Check(file, await mediator.Send(new ImportPlan(plan, DryRun: false), ct));
            created = true;
        }
        var awp = await Read<AnnualWorkPlanFile>("awp-2020-21.json", ct);
        if (!await db.Plans.AnyAsync(p => p.Code == awp.Plan.Code, ct))
            Check("awp-2020-21.json", await mediator.Send(new ImportPlannedActivities(awp, DryRun: false), ct));
        var activities = await Read<ActivityFile>("activities-2019-20.json", ct);
        var keys = activities.Activities.Select(a => a.Key).ToList();
        if (!await db.Activities.AnyAsync(a => a.Reference != null && keys.Contains(a.Reference), ct))
            Check("activities-2019-20.json", await mediator.Send(new ImportActivities(activities, DryRun: false), ct));
        // The FY2019/20 mobilisation of accredited experts, once: only while there is no expert.
        if (!await db.Experts.AnyAsync(ct))
            logger.LogInformation("Seeded the FY2019/20 expert mobilisation: {Count} experts and deployments",
                await ExpertMobilisationSeed.SeedAsync(db, activities.ExpertMobilisation, ct));
        if (created)
            Check("milestone-statuses-2020.json",
                await mediator.Send(new ImportMilestoneStatuses(await Read<MilestoneStatusFile>("milestone-statuses-2020.json", ct), DryRun: false), ct));
        // The FY2018/19 follow-up survey (Good Practice Report No.21) with its raw replies, once: only while there is no round.
        if (!await db.SurveyRounds.AnyAsync(ct))
            Check("followup-2018-19.json",
                await mediator.Send(new ImportSurveyRound(await Read<SurveyRoundFile>("followup-2018-19.json", ct), DryRun: false), ct));
        // The example needs survey (invented answers, clearly labelled), once: only while there is no example cycle.
        if (!await db.NeedsCycles.AnyAsync(c => c.IsExample, ct))
        {
            var report = await NeedsExampleSeed.SeedAsync(mediator, db, ct);
            logger.LogInformation("Seeded the example needs survey: {Members} Members, {Rows} answers", report.Members, report.Rows);
        }
    }

    private void Check(string file, ImportReportDto report)
    {
        if (!report.Written)
            throw new InvalidOperationException($"Seed file {file} was refused: " +
                                                string.Join("; ", report.Problems.Take(10).Select(p => $"{p.Path}: {p.Message}")));
        logger.LogInformation("Seeded {File}: {Counts}", file, string.Join(", ", report.Counts.Select(c => $"{c.Key} {c.Value}")));
    }

    private async Task<T> Read<T>(string file, CancellationToken ct)
    {
        await using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream($"Seed.{file}")
                                 ?? throw new InvalidOperationException($"The embedded seed file {file} is missing.");
        return await JsonSerializer.DeserializeAsync<T>(stream, json.Value.SerializerOptions, ct)
               ?? throw new InvalidOperationException($"{file} is empty.");
    }
}
