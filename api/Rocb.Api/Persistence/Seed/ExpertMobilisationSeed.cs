using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Features.Activities;

namespace Rocb.Api.Persistence.Seed;

/// <summary>
/// The FY2019/20 mobilisation of accredited experts (seed 001, "Diagram 2", in activities-2019-20.json). The report gives only the home
/// administration and how many experts went to which activity, never names: one expert record per seat, labelled by origin and numbered per
/// administration ("Accredited expert, Japan Customs (1)"), accredited in an unspecified category (the report does not say which), with a
/// completed deployment on the activity's dates. One person may stand behind several records; the notes say so.
/// </summary>
public static class ExpertMobilisationSeed
{
    public static async Task<int> SeedAsync(RocbDbContext db, IReadOnlyList<ExpertMobilisationRecord> lines, CancellationToken ct)
    {
        if (lines.Count == 0) return 0;
        var keys = lines.Select(l => l.ActivityKey).Distinct().ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => a.Reference != null && keys.Contains(a.Reference))
            .Select(a => new { a.Id, a.Reference, a.StartsOn, a.EndsOn }).ToDictionaryAsync(a => a.Reference!, ct);
        var codes = lines.Where(l => l.MemberCode is not null).Select(l => l.MemberCode!).Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, m => m.Id, ct);
        var numbers = new Dictionary<string, int>();
        var now = DateTimeOffset.UtcNow;
        var count = 0;
        foreach (var line in lines)
        {
            if (!activities.TryGetValue(line.ActivityKey, out var activity) || activity.StartsOn is null)
                throw new InvalidOperationException($"Expert mobilisation line {line.Source}: activity {line.ActivityKey} is not seeded or has no dates.");
            var origin = line.Origin switch
            {
                "member" => ExpertOrigin.Member,
                "wco-secretariat" => ExpertOrigin.WcoSecretariat,
                "outside-region" => ExpertOrigin.OutsideRegion,
                _ => throw new InvalidOperationException($"Expert mobilisation line {line.Source}: unknown origin {line.Origin}."),
            };
            var label = origin == ExpertOrigin.WcoSecretariat ? "WCO Secretariat" : $"{line.Administration} Customs";
            for (var seat = 0; seat < line.Count; seat++)
            {
                var n = numbers[label] = numbers.GetValueOrDefault(label) + 1;
                var expert = new Expert
                {
                    Name = $"Accredited expert, {label} ({n})",
                    Origin = origin,
                    MemberId = origin == ExpertOrigin.Member ? members[line.MemberCode!] : null,
                    OutsideAdministration = origin == ExpertOrigin.OutsideRegion ? line.Administration : null,
                    ConsentToContact = false,
                    Source = line.Source,
                    Notes = "Placeholder record from the ROCB A/P Annual Report 2019/20 (\"Diagram 2\"), which names the home administration " +
                            "and the activity but not the expert: no name is invented. One record per seat, so one person may stand behind several " +
                            "records. The accreditation category is not given (recorded as unspecified)." + (line.Note is null ? "" : $" Seed note: {line.Note}"),
                    Accreditations =
                    [
                        new Accreditation
                        {
                            Category = AccreditationCategory.Unspecified, Status = AccreditationStatus.Accredited,
                            Evidence = $"Listed as a WCO accredited expert mobilised in FY2019/20: {line.Source}",
                            History =
                            [
                                new AccreditationStatusChange
                                {
                                    Status = AccreditationStatus.Accredited, RecordedAt = now, RecordedBy = "system (seed)",
                                    Evidence = $"Listed as a WCO accredited expert mobilised in FY2019/20: {line.Source}",
                                },
                            ],
                        },
                    ],
                };
                db.Experts.Add(expert);
                db.Deployments.Add(new Deployment
                {
                    Expert = expert, ActivityId = activity.Id, StartsOn = activity.StartsOn.Value, EndsOn = activity.EndsOn ?? activity.StartsOn.Value,
                    Status = DeploymentStatus.Completed, StatusChangedAt = now, ProposedAt = now, CompletedAt = now,
                    Note = $"Recorded from the annual report ({line.Source}); workflow dates before completion are not known.",
                });
                count++;
            }
        }
        await db.SaveChangesAsync(ct);
        return count;
    }
}
