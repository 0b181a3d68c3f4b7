using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Features.Deployments;
using Rocb.Api.Features.Experts;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.Activities.ActivityTestData;
using static Rocb.Api.Tests.Experts.ExpertTestData;

namespace Rocb.Api.Tests.Experts;

/// <summary>Accreditation history, donor requests linked to deployments, request statuses derived from deployments, deleting experts and
/// requests, and an activity's experts (issue 7's remaining gaps), through the API and the real database.</summary>
public sealed class ExpertRecordTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<long> ScalarAsync(string sql, params object[] args)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        foreach (var arg in args) cmd.Parameters.AddWithValue(arg);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    private async Task<ExpertRequestDto> RequestAsync(string title, string startsOn, string endsOn, int expertsNeeded = 1) =>
        await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/expert-requests", new
        {
            title, topicIds = new[] { await TopicIdAsync(api, "tfa") }, startsOn, endsOn, expertsNeeded,
        })).OkAsync<ExpertRequestDto>(HttpStatusCode.Created);

    private async Task<ExpertDto> ExpertAsync(string name) =>
        await CreateExpertAsync(api.Client(), new { name, origin = "wco-secretariat", consentToContact = true });

    private async Task<ExpertRequestStatus> StatusOfAsync(int requestId) =>
        (await (await api.Client().GetAsync($"/api/expert-requests/{requestId}")).OkAsync<ExpertRequestDto>()).Status;

    [Fact]
    public async Task Every_accreditation_status_change_is_kept_in_its_history_and_refused_changes_add_nothing()
    {
        var expert = await ExpertAsync("Test Expert History (placeholder)");
        var created = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/experts/{expert.Id}/accreditations",
            new { category = "expert-trainer", statusSince = "2024-01-15" })).OkAsync<AccreditationDto>(HttpStatusCode.Created);
        Assert.Equal([AccreditationStatus.Candidate], created.History.Select(h => h.Status));
        var url = $"/api/experts/{expert.Id}/accreditations/{created.Id}/status";
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, url, new { status = "pre-accredited", on = "2024-03-01", evidence = "Workshop report (test)" }))
            .OkAsync<AccreditationDto>();

        // Refused: skipping without a reason (400), reversed dates (400), the same status (409). None of them adds a row.
        (await (await api.Client().SendJsonAsync(HttpMethod.Post, url, new { status = "expired" })).ProblemAsync(HttpStatusCode.BadRequest))
            .FieldErrors("overrideReason");
        (await (await api.Client().SendJsonAsync(HttpMethod.Post, url, new { status = "accredited", validFrom = "2025-01-01", validUntil = "2024-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("validUntil");
        await (await api.Client().SendJsonAsync(HttpMethod.Post, url, new { status = "pre-accredited" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, await ScalarAsync("SELECT count(*) FROM accreditation_history WHERE accreditation_id = $1", created.Id));

        await (await api.Client().SendJsonAsync(HttpMethod.Post, url, new { status = "candidate", on = "2024-06-01", overrideReason = "Assessment annulled (test)" }))
            .OkAsync<AccreditationDto>();
        var profile = await (await api.Client().GetAsync($"/api/experts/{expert.Id}")).OkAsync<ExpertDto>();
        var history = profile.Accreditations.Single().History;
        Assert.Equal([AccreditationStatus.Candidate, AccreditationStatus.PreAccredited, AccreditationStatus.Candidate], history.Select(h => h.Status));
        Assert.Equal([new DateOnly(2024, 1, 15), new DateOnly(2024, 3, 1), new DateOnly(2024, 6, 1)], history.Select(h => h.EffectiveOn!.Value));
        Assert.Equal("Workshop report (test)", history[1].Evidence);
        Assert.Null(history[2].Evidence);
        Assert.Equal("Assessment annulled (test)", history[2].OverrideReason);
        Assert.Equal("staff@rocb.test", history[0].RecordedBy);
        Assert.Equal("admin@rocb.test", history[2].RecordedBy);

        // The seeded mobilisation records start their history with the seed.
        var seeded = await (await api.Client().GetAsync("/api/experts/2")).OkAsync<ExpertDto>();
        Assert.Equal("system (seed)", Assert.Single(seeded.Accreditations.Single().History).RecordedBy);
    }

    [Fact]
    public async Task Migration_0008_backfills_one_history_row_per_accreditation_and_derives_request_statuses()
    {
        var name = await TestDatabases.CreateEmptyAsync();
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(TestDatabases.ConnectionStringFor(name));
            var runner = new Rocb.Api.Persistence.MigrationRunner(dataSource, Microsoft.Extensions.Logging.Abstractions.NullLogger<Rocb.Api.Persistence.MigrationRunner>.Instance);
            var all = Rocb.Api.Persistence.MigrationRunner.Embedded();
            await runner.MigrateAsync(all.Where(m => string.CompareOrdinal(m.Name, "0008") < 0).ToList());
            await using (var cmd = dataSource.CreateCommand("""
                INSERT INTO experts (id, name, origin, gender, languages, consent_to_contact) VALUES (1, 'Backfill (test)', 'WcoSecretariat', 'NotRecorded', '{}', false);
                INSERT INTO accreditations (expert_id, category, status, status_since, evidence, override_reason)
                VALUES (1, 'ExpertTrainer', 'Accredited', '2020-02-02', 'WCO letter (test)', NULL), (1, 'DiagnosticFacilitator', 'Candidate', NULL, NULL, NULL);
                INSERT INTO expert_requests (title, starts_on, ends_on, mode, experts_needed, accreditation, is_diagnostic, status, created_at)
                VALUES ('Closed before (test)', '2020-01-01', '2020-01-02', 'InPerson', 1, 'Preferred', false, 'Closed', now()),
                       ('Cancelled (test)', '2020-01-01', '2020-01-02', 'InPerson', 1, 'Preferred', false, 'Cancelled', now());
                INSERT INTO deployments (expert_id, request_id, starts_on, ends_on, status, status_changed_at, proposed_at, report_received)
                SELECT 1, id, '2020-01-01', '2020-01-02', 'Completed', now(), now(), false FROM expert_requests WHERE title = 'Closed before (test)';
                """)) await cmd.ExecuteNonQueryAsync();
            Assert.Equal(["0008_accreditation_history.sql"], (await runner.MigrateAsync()).Where(n => n.StartsWith("0008", StringComparison.Ordinal)));
            await using var read = dataSource.CreateCommand("""
                SELECT string_agg(concat_ws('|', h.status, h.effective_on, h.evidence), ';' ORDER BY h.accreditation_id) FROM accreditation_history h
                UNION ALL SELECT string_agg(concat_ws('|', title, status), ';' ORDER BY title) FROM expert_requests
                """);
            await using var reader = await read.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
            Assert.Equal("Accredited|2020-02-02|WCO letter (test);Candidate", lines[0]);
            Assert.Equal("Cancelled (test)|Cancelled;Closed before (test)|Completed", lines[1]);
        }
        finally
        {
            await TestDatabases.DropAsync(name);
        }
    }

    [Fact]
    public async Task A_donor_release_request_is_linked_to_the_deployment_it_released_and_both_show_it()
    {
        var jp = await MemberIdAsync(api.Client(), "JP");
        var expert = await ExpertAsync("Test Expert Released (placeholder)");
        var other = await ExpertAsync("Test Expert Other (placeholder)");
        var request = await RequestAsync("Release link mission (test)", "2034-02-01", "2034-02-03");
        var deployment = await ReleasedAsync(api.Client(), expert.Id, request.Id, "2034-02-01", "2034-02-03");

        async Task<int> CountAsync() => (int)await ScalarAsync("SELECT count(*) FROM donor_requests");
        var before = await CountAsync();
        // Bad links: no outcome yet, a deployment that does not exist, another expert's deployment. 400 on deploymentId, nothing written.
        foreach (var body in new object[]
                 {
                     new { memberId = jp, sentOn = "2034-01-10", deploymentId = deployment.Id },
                     new { memberId = jp, sentOn = "2034-01-10", outcome = "released", deploymentId = 999_999 },
                     new { memberId = jp, sentOn = "2034-01-10", outcome = "released", expertId = other.Id, deploymentId = deployment.Id },
                 })
            Assert.NotEmpty((await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/donor-requests", body)).ProblemAsync(HttpStatusCode.BadRequest))
                .FieldErrors("deploymentId"));
        Assert.Equal(before, await CountAsync());

        // Recorded while waiting, then answered "released" for the deployment.
        var donor = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/donor-requests", new { memberId = jp, sentOn = "2034-01-10" }))
            .OkAsync<DonorRequestDto>(HttpStatusCode.Created);
        (await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/donor-requests/{donor.Id}/outcome", new { outcome = "declined", answeredOn = "2034-01-20", deploymentId = deployment.Id }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("deploymentId");
        var released = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/donor-requests/{donor.Id}/outcome",
            new { outcome = "released", answeredOn = "2034-01-20", deploymentId = deployment.Id })).OkAsync<DonorRequestDto>();
        Assert.Equal((deployment.Id, expert.Id), (released.Deployment!.Id, released.Deployment.ExpertName == expert.Name ? expert.Id : 0));
        Assert.Equal((expert.Id, request.Id), (released.ExpertId!.Value, released.ExpertRequestId!.Value)); // taken from the deployment

        var shown = await (await api.Client().GetAsync($"/api/deployments/{deployment.Id}")).OkAsync<DeploymentDto>();
        Assert.Equal((donor.Id, "Japan", DonorOutcome.Released), (shown.ReleaseRequest!.Id, shown.ReleaseRequest.Administration, shown.ReleaseRequest.Outcome!.Value));
        var onRequest = await (await api.Client().GetAsync($"/api/expert-requests/{request.Id}")).OkAsync<ExpertRequestDto>();
        Assert.Equal(donor.Id, onRequest.Deployments.Single().ReleaseRequest!.Id);
        Assert.Equal(deployment.Id, onRequest.DonorRequests.Single().Deployment!.Id);

        // One release per deployment: a second one is 409 on deploymentId, nothing written.
        var count = await CountAsync();
        (await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/donor-requests",
            new { administration = "France", sentOn = "2034-01-11", outcome = "released", deploymentId = deployment.Id })).ProblemAsync(HttpStatusCode.Conflict))
            .FieldErrors("deploymentId");
        Assert.Equal(count, await CountAsync());

        // Another answer than released unlinks it.
        var declined = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/donor-requests/{donor.Id}/outcome", new { outcome = "declined", answeredOn = "2034-01-21" }))
            .OkAsync<DonorRequestDto>();
        Assert.Null(declined.Deployment);
        Assert.Null((await (await api.Client().GetAsync($"/api/deployments/{deployment.Id}")).OkAsync<DeploymentDto>()).ReleaseRequest);
    }

    [Fact]
    public async Task A_request_is_staffed_when_enough_experts_are_confirmed_and_completed_when_all_completed_while_cancelled_stays()
    {
        var a = await ExpertAsync("Test Expert Status A (placeholder)");
        var b = await ExpertAsync("Test Expert Status B (placeholder)");
        var request = await RequestAsync("Two experts (test)", "2035-04-01", "2035-04-05", expertsNeeded: 2);
        Assert.Equal(ExpertRequestStatus.Open, request.Status);
        // A client cannot declare a request staffed: the deployments decide.
        var put = await api.Client().GetAsync($"/api/expert-requests/{request.Id}");
        var etag = put.Headers.ETag!.Tag;
        var updated = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/expert-requests/{request.Id}", new
        {
            title = request.Title, topicIds = request.Topics.Select(t => t.Id), startsOn = "2035-04-01", endsOn = "2035-04-05", expertsNeeded = 2, status = "staffed",
        }, etag)).OkAsync<ExpertRequestDto>();
        Assert.Equal(ExpertRequestStatus.Open, updated.Status);
        // A status that does not exist is 400 naming $.status (the body cannot be read), and the request is unchanged.
        var bogus = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/expert-requests/{request.Id}", new
        {
            title = "Changed (test)", topicIds = request.Topics.Select(t => t.Id), startsOn = "2035-04-01", endsOn = "2035-04-05", status = "done",
        }, updated.Version.StartsWith('"') ? updated.Version : $"\"{updated.Version}\"")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("$.status", bogus["detail"]!.GetValue<string>());
        Assert.Equal(request.Title, (await (await api.Client().GetAsync($"/api/expert-requests/{request.Id}")).OkAsync<ExpertRequestDto>()).Title);

        var da = await ReleasedAsync(api.Client(), a.Id, request.Id, "2035-04-01", "2035-04-05");
        var db = await ReleasedAsync(api.Client(), b.Id, request.Id, "2035-04-01", "2035-04-05");
        await PostAsync(api.Client(), $"/api/deployments/{da.Id}/confirm");
        Assert.Equal(ExpertRequestStatus.Open, await StatusOfAsync(request.Id)); // 1 of 2
        await PostAsync(api.Client(), $"/api/deployments/{db.Id}/confirm");
        Assert.Equal(ExpertRequestStatus.Staffed, await StatusOfAsync(request.Id));
        await PostAsync(api.Client(), $"/api/deployments/{da.Id}/complete", new { hostAppraisal = 4 });
        Assert.Equal(ExpertRequestStatus.Staffed, await StatusOfAsync(request.Id));
        await PostAsync(api.Client(), $"/api/deployments/{db.Id}/complete", new { hostAppraisal = 5 });
        Assert.Equal(ExpertRequestStatus.Completed, await StatusOfAsync(request.Id));

        // Cancelled by Staff stays cancelled whatever the deployments do; re-opened, it follows them again.
        var single = await RequestAsync("Cancelled one (test)", "2035-06-01", "2035-06-02");
        var current = await api.Client().GetAsync($"/api/expert-requests/{single.Id}");
        var cancelled = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/expert-requests/{single.Id}", new
        {
            title = single.Title, topicIds = single.Topics.Select(t => t.Id), startsOn = "2035-06-01", endsOn = "2035-06-02", status = "cancelled",
        }, current.Headers.ETag!.Tag)).OkAsync<ExpertRequestDto>();
        Assert.Equal(ExpertRequestStatus.Cancelled, cancelled.Status);
        var dc = await ReleasedAsync(api.Client(), a.Id, single.Id, "2035-06-01", "2035-06-02");
        await PostAsync(api.Client(), $"/api/deployments/{dc.Id}/confirm");
        Assert.Equal(ExpertRequestStatus.Cancelled, await StatusOfAsync(single.Id));
        current = await api.Client().GetAsync($"/api/expert-requests/{single.Id}");
        var reopened = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/expert-requests/{single.Id}", new
        {
            title = single.Title, topicIds = single.Topics.Select(t => t.Id), startsOn = "2035-06-01", endsOn = "2035-06-02", status = "open",
        }, current.Headers.ETag!.Tag)).OkAsync<ExpertRequestDto>();
        Assert.Equal(ExpertRequestStatus.Staffed, reopened.Status);
        await PostAsync(api.Client(), $"/api/deployments/{dc.Id}/cancel", new { reason = "Mission postponed (test)" });
        Assert.Equal(ExpertRequestStatus.Open, await StatusOfAsync(single.Id));

        var list = await (await api.Client().GetAsync("/api/expert-requests?status=completed&size=100")).OkAsync<ExpertRequestPageDto>();
        Assert.Contains(list.Items, r => r.Id == request.Id);
    }

    [Fact]
    public async Task An_expert_with_deployments_is_not_deleted_one_without_goes_with_its_topics_and_accreditations()
    {
        var busy = await ExpertAsync("Test Expert Busy (placeholder)");
        var request = await RequestAsync("Busy expert mission (test)", "2036-01-01", "2036-01-02");
        var proposed = await PostAsync(api.Client(), "/api/deployments", new { expertId = busy.Id, requestId = request.Id }, HttpStatusCode.Created);
        var refused = await (await api.As(Roles.Staff).DeleteAsync($"/api/experts/{busy.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains($"1 deployment ({proposed.Id})", refused["detail"]!.GetValue<string>());
        await (await api.Client().GetAsync($"/api/experts/{busy.Id}")).OkAsync<ExpertDto>();

        // Expert 1 is bound to the test expert user: its account blocks the deletion too.
        Assert.Contains("expert@rocb.test", (await (await api.Client().DeleteAsync("/api/experts/1")).ProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>());

        var rm = await TopicIdAsync(api, "risk-management");
        var idle = await CreateExpertAsync(api.Client(), new
        {
            name = "Test Expert Idle (placeholder)", origin = "wco-secretariat", topics = new[] { new { topicId = rm, level = 2 } },
        });
        await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/experts/{idle.Id}/accreditations", new { category = "expert-trainer" }))
            .OkAsync<AccreditationDto>(HttpStatusCode.Created);
        await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/experts/{idle.Id}/unavailability", new { startsOn = "2036-01-01", endsOn = "2036-01-09" }))
            .OkAsync<UnavailabilityDto>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(Roles.Viewer).DeleteAsync($"/api/experts/{idle.Id}")).StatusCode);
        // With If-Match: a version that is not the current one is 412, and nothing is deleted.
        var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/experts/{idle.Id}") { Headers = { { "If-Match", "\"1\"" } } };
        await (await api.As(Roles.Staff).SendAsync(stale)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        var current = await api.Client().GetAsync($"/api/experts/{idle.Id}");
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/experts/{idle.Id}") { Headers = { { "If-Match", current.Headers.ETag!.Tag } } };
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(Roles.Staff).SendAsync(delete)).StatusCode);
        await (await api.Client().GetAsync($"/api/experts/{idle.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await ScalarAsync("""
            SELECT (SELECT count(*) FROM expert_topics WHERE expert_id = $1) + (SELECT count(*) FROM accreditations WHERE expert_id = $1)
                 + (SELECT count(*) FROM unavailability WHERE expert_id = $1)
            """, idle.Id));
        await (await api.Client().DeleteAsync($"/api/experts/{idle.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_expert_request_is_deleted_with_its_proposed_deployments_but_not_once_someone_was_invited()
    {
        var expert = await ExpertAsync("Test Expert Request Delete (placeholder)");
        var mistaken = await RequestAsync("Recorded by mistake (test)", "2037-01-01", "2037-01-02");
        var proposed = await PostAsync(api.Client(), "/api/deployments", new { expertId = expert.Id, requestId = mistaken.Id }, HttpStatusCode.Created);
        var donor = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/donor-requests",
            new { administration = "France", sentOn = "2036-12-01", expertRequestId = mistaken.Id })).OkAsync<DonorRequestDto>(HttpStatusCode.Created);

        var invitedRequest = await RequestAsync("Someone was invited (test)", "2037-02-01", "2037-02-02");
        var invited = await PostAsync(api.Client(), "/api/deployments", new { expertId = expert.Id, requestId = invitedRequest.Id }, HttpStatusCode.Created);
        await PostAsync(api.Client(), $"/api/deployments/{invited.Id}/invite");
        var refused = await (await api.Client().DeleteAsync($"/api/expert-requests/{invitedRequest.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains($"deployment {invited.Id} is invited", refused["detail"]!.GetValue<string>());
        await (await api.Client().GetAsync($"/api/deployments/{invited.Id}")).OkAsync<DeploymentDto>();
        await (await api.Client().GetAsync($"/api/expert-requests/{invitedRequest.Id}")).OkAsync<ExpertRequestDto>();

        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(Roles.Viewer).DeleteAsync($"/api/expert-requests/{mistaken.Id}")).StatusCode);
        var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/expert-requests/{mistaken.Id}") { Headers = { { "If-Match", "\"1\"" } } };
        await (await api.Client().SendAsync(stale)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await api.Client().GetAsync($"/api/deployments/{proposed.Id}")).OkAsync<DeploymentDto>();
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(Roles.Staff).DeleteAsync($"/api/expert-requests/{mistaken.Id}")).StatusCode);
        await (await api.Client().GetAsync($"/api/expert-requests/{mistaken.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await api.Client().GetAsync($"/api/deployments/{proposed.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        // The donor request stays on record, no longer tied to the request.
        var donors = await (await api.Client().GetAsync("/api/donor-requests?size=100")).OkAsync<DonorRequestPageDto>();
        Assert.Null(donors.Items.Single(d => d.Id == donor.Id).ExpertRequestId);
        await (await api.Client().DeleteAsync($"/api/expert-requests/{mistaken.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_activity_shows_its_expert_requests_and_deployments_to_staff_and_only_counts_to_others()
    {
        // A seeded FY2019/20 activity that used experts (its completed deployments come from the mobilisation seed).
        var activityId = await ScalarAsync("SELECT min(activity_id) FROM deployments WHERE activity_id IS NOT NULL");
        var expert = await ExpertAsync("Test Expert Activity (placeholder)");
        var request = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/expert-requests", new
        {
            activityId, topicIds = new[] { await TopicIdAsync(api, "tfa") }, startsOn = "2038-01-01", endsOn = "2038-01-02", expertsNeeded = 2,
        })).OkAsync<ExpertRequestDto>(HttpStatusCode.Created);
        var proposed = await PostAsync(api.Client(), "/api/deployments", new { expertId = expert.Id, requestId = request.Id }, HttpStatusCode.Created);

        var staff = await (await api.As(Roles.Staff).GetAsync($"/api/activities/{activityId}/experts")).OkAsync<ActivityExpertsDto>();
        Assert.True(staff.Detailed);
        Assert.Equal(request.Id, Assert.Single(staff.Requests).Id);
        Assert.Contains(staff.Deployments, d => d.Id == proposed.Id && d.ExpertName == expert.Name);
        Assert.Equal(staff.Deployments.Count, staff.DeploymentCount);
        Assert.Equal((1, 2), (staff.RequestCount, staff.ExpertsNeeded));
        Assert.Contains(staff.ByStatus, s => s.Status == DeploymentStatus.Proposed && s.Count == 1);

        foreach (var role in new[] { Roles.Viewer, Roles.MemberFocalPoint, Roles.Expert })
        {
            var response = await api.As(role).GetAsync($"/api/activities/{activityId}/experts");
            var raw = await response.OkAsync<JsonObject>();
            var counts = raw.Deserialize<ActivityExpertsDto>(Http.Json)!;
            Assert.False(counts.Detailed);
            Assert.Empty(counts.Requests);
            Assert.Empty(counts.Deployments);
            Assert.DoesNotContain(expert.Name, raw.ToJsonString());
            Assert.Equal((staff.RequestCount, staff.DeploymentCount), (counts.RequestCount, counts.DeploymentCount));
        }
        await (await api.As(Roles.Viewer).GetAsync("/api/activities/999999999/experts")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync($"/api/activities/{activityId}/experts")).StatusCode);
    }
}
