using Rocb.Api.Domain.Experts;
using Rocb.Api.Features.Experts;

namespace Rocb.Api.Features.Deployments;

/// <summary>
/// The match score of one expert for one request: pure and deterministic (no clock, no database), so every rule is unit-tested.
/// Each part gives a value from 0 to 1, multiplied by its weight (MatchingSettings):
/// <list type="bullet">
/// <item>topic-fit: the mean over the request's topics of the expert's level / 3 (0 for a topic it lacks);</item>
/// <item>accreditation: 1 accredited on every mission day in the request's category (or any, when the request names none);
/// 0.75 accredited in an unrecorded category; 0.5 accredited in another category; 0.25 pre-accredited; 0 otherwise.
/// When the request requires accreditation, below 0.75 excludes;</item>
/// <item>language: 1 speaks the request's language (or none is asked), else 0;</item>
/// <item>availability: 1 free; 0 and excluded when a confirmed deployment or an unavailability overlaps the mission;</item>
/// <item>region: 1 from a Member of the region, 0.5 from the WCO Secretariat, 0 from outside the region;</item>
/// <item>workload: 1 − (confirmed or completed deployments in the 12 months before the mission) / cap, not below 0;</item>
/// <item>appraisal: (mean of the host's and the ROCB's 1-5 appraisals − 1) / 4; 0.5 (neutral) with none;</item>
/// <item>conflict-of-interest: no points; excludes an expert from the requesting or a beneficiary administration of a diagnostic
/// mission (propose with a conflict override reason to use it anyway).</item>
/// </list>
/// No consent to be contacted also excludes. Eligible experts rank first, then by score, then by expert id.
/// </summary>
public static class MatchScoring
{
    public sealed record Weights(int Topic, int Accreditation, int Language, int Availability, int Region, int Workload, int Appraisal, int WorkloadCap)
    {
        public static Weights From(MatchingSettings s) =>
            new(s.TopicWeight, s.AccreditationWeight, s.LanguageWeight, s.AvailabilityWeight, s.RegionWeight, s.WorkloadWeight, s.AppraisalWeight, s.WorkloadCap);
        public int Total => Topic + Accreditation + Language + Availability + Region + Workload + Appraisal;
    }

    public sealed record RequestTopic(int TopicId, string Code);

    public sealed record Request(
        IReadOnlyList<RequestTopic> Topics, DateOnly StartsOn, DateOnly EndsOn, string? Language, AccreditationNeed Accreditation,
        AccreditationCategory? Category, bool IsDiagnostic, IReadOnlySet<int> ConflictedMembers);

    public sealed record CandidateAccreditation(AccreditationCategory Category, AccreditationStatus Status, DateOnly? ValidFrom, DateOnly? ValidUntil);

    public sealed record Candidate(
        int ExpertId, string Name, ExpertOrigin Origin, int? MemberId, string HomeAdministration, IReadOnlyList<string> Languages,
        bool ConsentToContact, IReadOnlyDictionary<int, int> TopicLevels, IReadOnlyList<CandidateAccreditation> Accreditations,
        long? OverlappingDeploymentId, bool Unavailable, int RecentDeployments, decimal? MeanAppraisal, int Appraisals);

    public sealed record Part(string Name, int Weight, decimal Value, decimal Points, string Explanation);

    public sealed record Result(Candidate Candidate, decimal Score, decimal MaxScore, bool Eligible, IReadOnlyList<string> Exclusions, IReadOnlyList<Part> Parts);

    public static Result Score(Request request, Candidate c, Weights w)
    {
        var parts = new List<Part>();
        var exclusions = new List<string>();
        void Add(string name, int weight, decimal value, string why) =>
            parts.Add(new Part(name, weight, Math.Round(value, 3), Math.Round(weight * value, 2), why));

        // Topic and level fit.
        var levels = request.Topics.Select(t => (t.Code, Level: c.TopicLevels.GetValueOrDefault(t.TopicId))).ToList();
        var topicValue = request.Topics.Count == 0 ? 0 : levels.Sum(l => l.Level / 3m) / request.Topics.Count;
        Add("topic-fit", w.Topic, topicValue, string.Join(", ", levels.Select(l => l.Level == 0 ? $"{l.Code}: none" : $"{l.Code}: level {l.Level} of 3")));

        // Accreditation valid on the mission dates in a fitting category.
        var (accValue, accWhy) = Accreditation(request, c.Accreditations);
        Add("accreditation", w.Accreditation, accValue, accWhy);
        if (request.Accreditation == AccreditationNeed.Required && accValue < 0.75m)
            exclusions.Add("The request requires an accreditation valid on the mission dates in a fitting category.");

        // Language.
        var speaks = request.Language is null || c.Languages.Contains(request.Language, StringComparer.OrdinalIgnoreCase);
        Add("language", w.Language, speaks ? 1 : 0, request.Language is null ? "No working language asked."
            : speaks ? $"Speaks {request.Language}." : $"Does not list {request.Language} (speaks {(c.Languages.Count == 0 ? "no recorded language" : string.Join(", ", c.Languages))}).");

        // Availability.
        var free = c.OverlappingDeploymentId is null && !c.Unavailable;
        Add("availability", w.Availability, free ? 1 : 0, free ? "Free on the mission dates."
            : c.OverlappingDeploymentId is { } busy ? $"Confirmed deployment {busy} overlaps the mission." : "Recorded as unavailable during the mission.");
        if (c.OverlappingDeploymentId is { } overlapping) exclusions.Add($"Confirmed deployment {overlapping} overlaps the mission dates.");
        if (c.Unavailable) exclusions.Add("Unavailable during the mission dates.");

        // Preference for the region's own experts.
        var (regionValue, regionWhy) = c.Origin switch
        {
            ExpertOrigin.Member => (1m, $"From a Member of the region ({c.HomeAdministration})."),
            ExpertOrigin.WcoSecretariat => (0.5m, "From the WCO Secretariat."),
            _ => (0m, $"From outside the region ({c.HomeAdministration})."),
        };
        Add("region", w.Region, regionValue, regionWhy);

        // Workload fairness.
        var cap = Math.Max(1, w.WorkloadCap);
        var workload = Math.Max(0m, 1m - (decimal)c.RecentDeployments / cap);
        Add("workload", w.Workload, workload, $"{c.RecentDeployments} confirmed or completed deployment(s) in the 12 months before the mission; cap {cap}.");

        // Past appraisals.
        var appraisal = c.MeanAppraisal is { } mean ? Math.Clamp((mean - 1) / 4, 0, 1) : 0.5m;
        Add("appraisal", w.Appraisal, appraisal, c.MeanAppraisal is { } m
            ? $"Mean appraisal {Math.Round(m, 2)} of 5 over {c.Appraisals} completed deployment(s)." : "No appraisal yet (neutral).");

        // Conflict of interest (no points: it only excludes).
        var conflicted = request.IsDiagnostic && c.MemberId is { } home && request.ConflictedMembers.Contains(home);
        Add("conflict-of-interest", 0, conflicted ? 0 : 1, conflicted
            ? $"From the requesting or a beneficiary administration ({c.HomeAdministration}) of a diagnostic mission."
            : request.IsDiagnostic ? "Not from the requesting or a beneficiary administration." : "Not a diagnostic mission.");
        if (conflicted) exclusions.Add("Conflict of interest: from the requesting or a beneficiary administration of this diagnostic mission (propose with conflictOverrideReason to use anyway).");

        if (!c.ConsentToContact) exclusions.Add("Has not consented to be contacted.");

        return new Result(c, parts.Sum(p => p.Points), w.Total, exclusions.Count == 0, exclusions, parts);
    }

    private static (decimal, string) Accreditation(Request r, IReadOnlyList<CandidateAccreditation> accreditations)
    {
        var valid = accreditations.Where(a => AccreditationLifecycle.ValidOn(a.Status, a.ValidFrom, a.ValidUntil, r.StartsOn, r.EndsOn)).ToList();
        if (valid.Any(a => r.Category is null || a.Category == r.Category))
            return (1, r.Category is null ? "Accredited on the mission dates." : $"Accredited as {Common.Http.KebabEnum.Name(r.Category.Value)} on the mission dates.");
        if (valid.Any(a => a.Category == AccreditationCategory.Unspecified))
            return (0.75m, "Accredited on the mission dates; the category is not recorded.");
        if (valid.Count > 0)
            return (0.5m, $"Accredited on the mission dates, but as {string.Join(", ", valid.Select(a => Common.Http.KebabEnum.Name(a.Category)).Distinct())}.");
        if (accreditations.Any(a => a.Status == AccreditationStatus.PreAccredited))
            return (0.25m, "Pre-accredited (proving itself on missions).");
        return (0, accreditations.Count == 0 ? "No accreditation." : "No accreditation valid on the mission dates.");
    }

    /// <summary>Eligible first, then the higher score, then the lower expert id: the same inputs always give the same order.</summary>
    public static IReadOnlyList<Result> Rank(IEnumerable<Result> results) =>
        results.OrderByDescending(r => r.Eligible).ThenByDescending(r => r.Score).ThenBy(r => r.Candidate.ExpertId).ToList();
}
