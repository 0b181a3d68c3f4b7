using Rocb.Api.Domain.Experts;
using Rocb.Api.Features.Deployments;
using static Rocb.Api.Features.Deployments.MatchScoring;

namespace Rocb.Api.Tests.Experts;

/// <summary>The match score's rules on hand-made candidates (no database).</summary>
public sealed class MatchScoringTests
{
    private static readonly Weights W = new(30, 25, 10, 15, 5, 10, 5, 4);
    private static readonly DateOnly Start = new(2025, 3, 10), End = new(2025, 3, 14);

    private static Request Req(AccreditationNeed need = AccreditationNeed.Preferred, AccreditationCategory? category = null, bool diagnostic = false,
        string? language = "en") =>
        new([new(1, "RKC"), new(2, "TFA")], Start, End, language, need, category, diagnostic, new HashSet<int> { 7 });

    private static Candidate Cand(int id = 1, ExpertOrigin origin = ExpertOrigin.Member, int? member = 3, Dictionary<int, int>? levels = null,
        IReadOnlyList<CandidateAccreditation>? acc = null, long? busy = null, bool unavailable = false, int recent = 0, decimal? appraisal = null,
        bool consent = true, string[]? languages = null) =>
        new(id, $"Expert {id}", origin, member, "Japan", languages ?? ["en"], consent, levels ?? new Dictionary<int, int> { [1] = 3, [2] = 3 },
            acc ?? [new(AccreditationCategory.DiagnosticFacilitator, AccreditationStatus.Accredited, new DateOnly(2020, 1, 1), null)],
            busy, unavailable, recent, appraisal, appraisal is null ? 0 : 2);

    private static Part PartOf(Result r, string name) => r.Parts.Single(p => p.Name == name);

    [Fact]
    public void A_perfect_candidate_scores_every_weight_but_the_neutral_appraisal()
    {
        var r = Score(Req(), Cand(), W);
        Assert.True(r.Eligible);
        Assert.Equal(100, r.MaxScore);
        Assert.Equal(100 - 2.5m, r.Score);
        Assert.Equal(["topic-fit", "accreditation", "language", "availability", "region", "workload", "appraisal", "conflict-of-interest"],
            r.Parts.Select(p => p.Name));
    }

    [Fact]
    public void Topic_fit_is_the_mean_level_over_the_requested_topics()
    {
        var r = Score(Req(), Cand(levels: new() { [1] = 3 }), W);
        Assert.Equal(0.5m, PartOf(r, "topic-fit").Value);
        Assert.Equal(15m, PartOf(r, "topic-fit").Points);
        Assert.Contains("TFA: none", PartOf(r, "topic-fit").Explanation);
        Assert.Equal(Math.Round((1m / 3 + 2m / 3) / 2, 3), PartOf(Score(Req(), Cand(levels: new() { [1] = 1, [2] = 2 }), W), "topic-fit").Value);
    }

    [Fact]
    public void Accreditation_must_be_valid_on_the_mission_dates_in_a_fitting_category()
    {
        var fitting = Score(Req(category: AccreditationCategory.DiagnosticFacilitator), Cand(), W);
        Assert.Equal(1m, PartOf(fitting, "accreditation").Value);
        var other = Score(Req(category: AccreditationCategory.ExpertTrainer), Cand(), W);
        Assert.Equal(0.5m, PartOf(other, "accreditation").Value);
        var unspecified = Score(Req(category: AccreditationCategory.ExpertTrainer),
            Cand(acc: [new(AccreditationCategory.Unspecified, AccreditationStatus.Accredited, null, null)]), W);
        Assert.Equal(0.75m, PartOf(unspecified, "accreditation").Value);
        var expiredBefore = Score(Req(need: AccreditationNeed.Required),
            Cand(acc: [new(AccreditationCategory.DiagnosticFacilitator, AccreditationStatus.Expired, new DateOnly(2020, 1, 1), new DateOnly(2025, 3, 12))]), W);
        Assert.Equal(0m, PartOf(expiredBefore, "accreditation").Value);
        Assert.False(expiredBefore.Eligible);
        var pre = Score(Req(need: AccreditationNeed.Required), Cand(acc: [new(AccreditationCategory.ExpertTrainer, AccreditationStatus.PreAccredited, null, null)]), W);
        Assert.Equal(0.25m, PartOf(pre, "accreditation").Value);
        Assert.Contains(pre.Exclusions, e => e.Contains("requires an accreditation"));
        Assert.True(Score(Req(need: AccreditationNeed.Preferred), Cand(acc: []), W).Eligible);
    }

    [Fact]
    public void Language_region_workload_and_appraisal_follow_their_rules()
    {
        Assert.Equal(0m, PartOf(Score(Req(language: "fr"), Cand(), W), "language").Value);
        Assert.Equal(1m, PartOf(Score(Req(language: null), Cand(), W), "language").Value);
        Assert.Equal(0.5m, PartOf(Score(Req(), Cand(origin: ExpertOrigin.WcoSecretariat, member: null), W), "region").Value);
        Assert.Equal(0m, PartOf(Score(Req(), Cand(origin: ExpertOrigin.OutsideRegion, member: null), W), "region").Value);
        Assert.Equal(0.5m, PartOf(Score(Req(), Cand(recent: 2), W), "workload").Value);
        Assert.Equal(0m, PartOf(Score(Req(), Cand(recent: 9), W), "workload").Value);
        Assert.Equal(0.75m, PartOf(Score(Req(), Cand(recent: 2), W with { WorkloadCap = 8 }), "workload").Value);
        Assert.Equal(1m, PartOf(Score(Req(), Cand(appraisal: 5), W), "appraisal").Value);
        Assert.Equal(0m, PartOf(Score(Req(), Cand(appraisal: 1), W), "appraisal").Value);
        Assert.Equal(0.5m, PartOf(Score(Req(), Cand(), W), "appraisal").Value);
    }

    [Fact]
    public void Unavailable_conflicted_or_unconsenting_experts_are_excluded_with_the_reason()
    {
        var busy = Score(Req(), Cand(busy: 42), W);
        Assert.False(busy.Eligible);
        Assert.Contains(busy.Exclusions, e => e.Contains("deployment 42"));
        Assert.False(Score(Req(), Cand(unavailable: true), W).Eligible);
        var conflicted = Score(Req(diagnostic: true), Cand(member: 7), W);
        Assert.False(conflicted.Eligible);
        Assert.Contains(conflicted.Exclusions, e => e.Contains("Conflict of interest"));
        Assert.True(Score(Req(diagnostic: false), Cand(member: 7), W).Eligible); // not a diagnostic mission
        Assert.False(Score(Req(), Cand(consent: false), W).Eligible);
    }

    [Fact]
    public void Ranking_is_deterministic_eligible_first_then_score_then_id()
    {
        var results = new[]
        {
            Score(Req(), Cand(id: 5, levels: new() { [1] = 1 }), W),
            Score(Req(), Cand(id: 2), W),
            Score(Req(), Cand(id: 1), W),
            Score(Req(), Cand(id: 3, busy: 9), W),
        };
        Assert.Equal([1, 2, 5, 3], Rank(results).Select(r => r.Candidate.ExpertId));
        Assert.Equal([1, 2, 5, 3], Rank(results.Reverse()).Select(r => r.Candidate.ExpertId));
    }

    [Fact]
    public void Weights_scale_the_points()
    {
        var r = Score(Req(language: "fr"), Cand(), W with { Language = 50 });
        Assert.Equal(0m, PartOf(r, "language").Points);
        Assert.Equal(140, r.MaxScore);
        Assert.Equal(30m, PartOf(Score(Req(), Cand(), W), "topic-fit").Points);
    }
}
