using System.Net;
using Npgsql;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Features.Deployments;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.Activities.ActivityTestData;
using static Rocb.Api.Tests.Experts.ExpertTestData;

namespace Rocb.Api.Tests.Experts;

public sealed class DeploymentWorkflowTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<(int Mv, int Jp, int Rm, int Tfa)> IdsAsync() =>
        (await MemberIdAsync(api.Client(), "MV"), await MemberIdAsync(api.Client(), "JP"), await TopicIdAsync(api, "risk-management"), await TopicIdAsync(api, "tfa"));

    [Fact]
    public async Task Bad_requests_are_refused_with_clear_problems()
    {
        var problem = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/expert-requests",
            new { title = "No topic", topicIds = Array.Empty<int>(), startsOn = "2030-05-10", endsOn = "2030-05-01" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("topicIds"));
        Assert.NotEmpty(problem.FieldErrors("endsOn"));
    }

    [Fact]
    public async Task A_request_goes_from_intake_through_matching_to_a_completed_appraised_deployment()
    {
        var (mv, jp, rm, tfa) = await IdsAsync();
        var good = await CreateExpertAsync(api.Client(), new
        {
            name = "Test Expert Good (placeholder)", origin = "member", memberId = jp, languages = new[] { "en" }, consentToContact = true,
            topics = new[] { new { topicId = rm, level = 3 }, new { topicId = tfa, level = 2 } },
        });
        await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/experts/{good.Id}/accreditations",
            new { category = "diagnostic-facilitator", status = "accredited", validFrom = "2020-01-01", evidence = "WCO letter (test)" })).OkAsync<object>(HttpStatusCode.Created);
        var local = await CreateExpertAsync(api.Client(), new
        {
            name = "Test Expert Local (placeholder)", origin = "member", memberId = mv, languages = new[] { "en" }, consentToContact = true,
            topics = new[] { new { topicId = rm, level = 3 } },
        });
        var shy = await CreateExpertAsync(api.Client(), new
        {
            name = "Test Expert Shy (placeholder)", origin = "outside-region", outsideAdministration = "France", languages = new[] { "fr" },
            consentToContact = false, topics = new[] { new { topicId = rm, level = 1 } },
        });

        var request = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/expert-requests", new
        {
            title = "Risk management diagnostic mission (test)", topicIds = new[] { rm, tfa }, startsOn = "2031-03-02", endsOn = "2031-03-06",
            place = "Malé", mode = "in-person", language = "en", expertsNeeded = 1, accreditation = "preferred", category = "diagnostic-facilitator",
            isDiagnostic = true, requestingMemberId = mv, funding = "CCF Japan",
        })).OkAsync<ExpertRequestDto>(HttpStatusCode.Created);

        var matches = await (await api.Client().GetAsync($"/api/expert-requests/{request.Id}/matches?limit=200")).OkAsync<MatchListDto>();
        var first = matches.Matches[0];
        Assert.Equal(good.Id, first.ExpertId);
        Assert.Equal(["topic-fit", "accreditation", "language", "availability", "region", "workload", "appraisal", "conflict-of-interest"],
            first.Parts.Select(p => p.Name));
        var conflicted = matches.Matches.Single(m => m.ExpertId == local.Id);
        Assert.False(conflicted.Eligible);
        Assert.Contains(conflicted.Exclusions, e => e.Contains("Conflict of interest"));
        Assert.False(matches.Matches.Single(m => m.ExpertId == shy.Id).Eligible);
        var again = await (await api.Client().GetAsync($"/api/expert-requests/{request.Id}/matches?limit=200")).OkAsync<MatchListDto>();
        Assert.Equal(matches.Matches.Select(m => (m.ExpertId, m.Score)), again.Matches.Select(m => (m.ExpertId, m.Score)));

        // Conflict of interest without a reason, and inviting without consent: 409, nothing written.
        (await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/deployments", new { expertId = local.Id, requestId = request.Id }))
            .ProblemAsync(HttpStatusCode.Conflict)).FieldErrors("conflictOverrideReason");
        var shyDeployment = await PostAsync(api.Client(), "/api/deployments", new { expertId = shy.Id, requestId = request.Id }, HttpStatusCode.Created);
        (await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/deployments/{shyDeployment.Id}/invite", new { }))
            .ProblemAsync(HttpStatusCode.Conflict)).FieldErrors("expertId");

        var d = await PostAsync(api.Client(), "/api/deployments", new { expertId = good.Id, requestId = request.Id }, HttpStatusCode.Created);
        Assert.Equal(DeploymentStatus.Proposed, d.Status);
        Assert.Equal(new DateOnly(2031, 3, 2), d.StartsOn);
        (await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/deployments/{d.Id}/confirm", new { }))
            .ProblemAsync(HttpStatusCode.Conflict)).FieldErrors("status");
        d = await PostAsync(api.Client(), $"/api/deployments/{d.Id}/invite");
        Assert.NotNull(d.InvitedAt);
        // The test expert user is bound to expert 1: someone else's invitation is 404 for it, and nothing changes.
        await (await api.As(Roles.Expert).SendJsonAsync(HttpMethod.Post, $"/api/deployments/{d.Id}/answer", new { accept = true }))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await api.As(Roles.Expert).GetAsync($"/api/deployments/{d.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        d = await PostAsync(api.Client(), $"/api/deployments/{d.Id}/answer", new { accept = true });
        Assert.Equal(DeploymentStatus.Accepted, d.Status);
        d = await PostAsync(api.Client(), $"/api/deployments/{d.Id}/release");
        d = await PostAsync(api.Client(), $"/api/deployments/{d.Id}/confirm");
        Assert.Equal(DeploymentStatus.Confirmed, d.Status);
        Assert.NotNull(d.ConfirmedAt);

        // A second, overlapping deployment of the same expert cannot be confirmed: 409 naming the first.
        var other = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/expert-requests", new
        {
            title = "Overlapping TFA workshop (test)", topicIds = new[] { tfa }, startsOn = "2031-03-05", endsOn = "2031-03-08",
        })).OkAsync<ExpertRequestDto>(HttpStatusCode.Created);
        var second = await ReleasedAsync(api.Client(), good.Id, other.Id, "2031-03-05", "2031-03-08");
        var overlap = await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/deployments/{second.Id}/confirm", new { }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains($"deployment {d.Id}", overlap["detail"]!.GetValue<string>());
        Assert.Equal(DeploymentStatus.Released, (await (await api.Client().GetAsync($"/api/deployments/{second.Id}")).OkAsync<DeploymentDto>()).Status);
        var busy = await (await api.Client().GetAsync($"/api/expert-requests/{other.Id}/matches?limit=200")).OkAsync<MatchListDto>();
        Assert.Contains(busy.Matches.Single(m => m.ExpertId == good.Id).Exclusions, e => e.Contains($"deployment {d.Id}"));

        (await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/deployments/{d.Id}/complete", new { hostAppraisal = 6 }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("hostAppraisal");
        d = await PostAsync(api.Client(), $"/api/deployments/{d.Id}/complete", new { hostAppraisal = 5, rocbAppraisal = 4, reportReceived = true });
        Assert.Equal(DeploymentStatus.Completed, d.Status);
        Assert.True(d.ReportReceived);
        (await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/deployments/{d.Id}/cancel", new { reason = "late" }))
            .ProblemAsync(HttpStatusCode.Conflict)).FieldErrors("status");
        var cancelled = await PostAsync(api.Client(), $"/api/deployments/{second.Id}/cancel", new { reason = "Expert already booked" });
        Assert.Equal(DeploymentStatus.Cancelled, cancelled.Status);

        // Every transition is in the audit log.
        var history = await (await api.Client().GetAsync($"/api/audit-entries/Deployment/{d.Id}")).Content.ReadAsStringAsync();
        foreach (var stamp in new[] { "InvitedAt", "AnsweredAt", "ReleasedAt", "ConfirmedAt", "CompletedAt" }) Assert.Contains(stamp, history, StringComparison.OrdinalIgnoreCase);

        // The board counts by status; the stuck list shows the proposal that waits.
        var board = await (await api.Client().GetAsync($"/api/deployments?requestId={request.Id}")).OkAsync<DeploymentPageDto>();
        Assert.Contains(board.ByStatus, s => s.Status == DeploymentStatus.Completed && s.Count == 1);
        var stuck = await (await api.Client().GetAsync("/api/deployments/stuck?olderThanDays=0")).OkAsync<List<StuckDeploymentDto>>();
        Assert.Contains(stuck, s => s.Deployment.Id == shyDeployment.Id && s.Waiting.Contains("invite"));

        // The expert answers its own invitation (the test expert user is bound to expert 1).
        var own = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/expert-requests", new
        {
            title = "Own invitation (test)", topicIds = new[] { tfa }, startsOn = "2032-01-05", endsOn = "2032-01-06",
        })).OkAsync<ExpertRequestDto>(HttpStatusCode.Created);
        await (await api.Client().SendJsonAsync(HttpMethod.Put, "/api/experts/1", new
        {
            name = "Accredited expert, Australia Customs (1)", origin = "member", memberId = await MemberIdAsync(api.Client(), "AU"), consentToContact = true,
        })).OkAsync<object>();
        var invitation = await PostAsync(api.Client(), "/api/deployments", new { expertId = 1, requestId = own.Id }, HttpStatusCode.Created);
        await PostAsync(api.Client(), $"/api/deployments/{invitation.Id}/invite");
        var declined = await PostAsync(api.As(Roles.Expert), $"/api/deployments/{invitation.Id}/answer", new { accept = false, reason = "On leave" });
        Assert.Equal(DeploymentStatus.Declined, declined.Status);
        Assert.Equal("On leave", declined.DeclineReason);
    }

    [Fact]
    public async Task The_database_itself_refuses_overlapping_confirmed_deployments()
    {
        var expert = await CreateExpertAsync(api.Client(), new { name = "Test Expert Constraint (placeholder)", origin = "wco-secretariat", consentToContact = true });
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO deployments (expert_id, starts_on, ends_on, status, status_changed_at, proposed_at, report_received)
            VALUES ($1, '2033-01-01', '2033-01-05', 'Confirmed', now(), now(), false), ($1, '2033-01-05', '2033-01-09', 'Completed', now(), now(), false)
            """, connection);
        insert.Parameters.AddWithValue(expert.Id);
        var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.ExclusionViolation, error.SqlState);
        Assert.Equal("ex_deployments_expert_confirmed_overlap", error.ConstraintName);
    }

    [Fact]
    public async Task Matching_weights_are_configured_by_administrators()
    {
        var response = await api.Client().GetAsync("/api/matching-settings");
        var settings = await response.OkAsync<MatchingSettingsDto>();
        Assert.Equal(30, settings.TopicWeight);
        var body = new { topicWeight = 50, accreditationWeight = 25, languageWeight = 10, availabilityWeight = 15, regionWeight = 5, workloadWeight = 10, appraisalWeight = 5, workloadCap = 3 };
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, "/api/matching-settings", body)).ProblemAsync(HttpStatusCode.Forbidden);
        (await (await api.Client().SendJsonAsync(HttpMethod.Put, "/api/matching-settings", body with { workloadCap = 0 }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("workloadCap");
        var changed = await (await api.Client().SendJsonAsync(HttpMethod.Put, "/api/matching-settings", body, response.Headers.ETag!.Tag)).OkAsync<MatchingSettingsDto>();
        Assert.Equal(50, changed.TopicWeight);
        await (await api.Client().SendJsonAsync(HttpMethod.Put, "/api/matching-settings", body, response.Headers.ETag!.Tag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await api.Client().SendJsonAsync(HttpMethod.Put, "/api/matching-settings", body with { topicWeight = 30, workloadCap = 4 })).OkAsync<MatchingSettingsDto>();
    }
}

/// <summary>50 simultaneous confirmations of overlapping deployments of one expert: exactly one wins, the others get 409.</summary>
public sealed class DeploymentConcurrencyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Fifty_simultaneous_confirmations_of_overlapping_deployments_confirm_exactly_one()
    {
        var tfa = await TopicIdAsync(api, "tfa");
        var expert = await CreateExpertAsync(api.Client(), new { name = "Test Expert Concurrency (placeholder)", origin = "wco-secretariat", consentToContact = true });
        var released = new List<DeploymentDto>();
        for (var i = 0; i < 50; i++)
        {
            var request = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/expert-requests", new
            {
                title = $"Concurrent mission {i} (test)", topicIds = new[] { tfa }, startsOn = "2034-06-01", endsOn = "2034-06-10",
            })).OkAsync<ExpertRequestDto>(HttpStatusCode.Created);
            var day = 1 + i % 9;
            // Different dates, all covering 10 June: every pair overlaps.
            released.Add(await ReleasedAsync(api.Client(), expert.Id, request.Id, $"2034-06-{day:00}", "2034-06-20"));
        }

        using var start = new SemaphoreSlim(0);
        var clients = Enumerable.Range(0, 50).Select(_ => api.Client()).ToList();
        var tasks = released.Select(async (d, i) =>
        {
            await start.WaitAsync();
            return await clients[i].SendJsonAsync(HttpMethod.Post, $"/api/deployments/{d.Id}/confirm", new { });
        }).ToList();
        start.Release(50);
        var responses = await Task.WhenAll(tasks);

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == 200));
        Assert.Equal(49, statuses.Count(s => s == 409));
        var board = await (await api.Client().GetAsync($"/api/deployments?expertId={expert.Id}&status=confirmed")).OkAsync<DeploymentPageDto>();
        Assert.Equal(1, board.Total);
    }
}
