using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Features.Members;
using Rocb.Api.Features.Milestones;
using Rocb.Api.Features.Plans;
using Rocb.Api.Features.Progress;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Plans;

/// <summary>Draft → submitted → approved or returned, who may do what, and that only approved records count.</summary>
public sealed class MilestoneWorkflowTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<(int Thailand, int Malaysia, PlanDetailDto Plan)> Setup()
    {
        var members = (await (await api.Client().GetAsync("/api/members?pageSize=200")).OkAsync<MemberPageDto>()).Items;
        var plans = await (await api.Client().GetAsync("/api/plans")).OkAsync<List<PlanSummaryDto>>();
        var plan = await (await api.Client().GetAsync($"/api/plans/{plans.Single(p => p.Code == "SAP-2024-2026").Id}")).OkAsync<PlanDetailDto>();
        return (members.Single(m => m.Code == "TH").Id, members.Single(m => m.Code == "MY").Id, plan);
    }

    private static object Update(int member, int milestone, string status = "achieved", string effectiveOn = "2025-03-01") => new
    {
        memberId = member, milestoneId = milestone, status, effectiveOn, evidence = "Placeholder evidence (test)",
    };

    private async Task<MilestoneStatusRecordDto> Draft(HttpClient client, object body) =>
        await (await client.SendJsonAsync(HttpMethod.Post, "/api/milestone-statuses", body)).OkAsync<MilestoneStatusRecordDto>(HttpStatusCode.Created);

    [Fact]
    public async Task A_focal_points_update_counts_only_once_staff_approve_it()
    {
        var (thailand, _, plan) = await Setup();
        var kpi = plan.Pillars[0].Actions.Single(a => a.Code == "f").Kpis.Single();
        var milestone = plan.Milestones.Single(m => m.Code == kpi.MilestoneCode);
        async Task<decimal?> Value() => (await (await api.Client().GetAsync($"/api/kpis/{kpi.Id}/progress?asOf=2025-06-30")).OkAsync<KpiDetailDto>()).Progress.Value;
        var before = await Value();

        var focal = api.As(Roles.MemberFocalPoint);
        var draft = await Draft(focal, Update(thailand, milestone.Id));
        Assert.Equal(ReviewState.Draft, draft.State);
        var submitted = await (await focal.PostAsync($"/api/milestone-statuses/{draft.Id}/submit", null)).OkAsync<MilestoneStatusRecordDto>();
        Assert.Equal(ReviewState.Submitted, submitted.State);
        Assert.Equal(before, await Value());

        var queue = await (await api.As(Roles.Staff).GetAsync("/api/milestone-statuses/queue")).OkAsync<List<QueueItemDto>>();
        Assert.Contains(queue, q => q.Record.Id == draft.Id && q.WaitingFor == "staff");

        var approved = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/milestone-statuses/{draft.Id}/review",
            new { decision = "approve" })).OkAsync<MilestoneStatusRecordDto>();
        Assert.Equal(ReviewState.Approved, approved.State);
        Assert.Equal(before + 1, await Value());
    }

    [Fact]
    public async Task Returned_updates_need_a_reason_and_can_be_corrected_and_resubmitted()
    {
        var (thailand, _, plan) = await Setup();
        var focal = api.As(Roles.MemberFocalPoint);
        var draft = await Draft(focal, Update(thailand, plan.Milestones[1].Id, "in-progress"));
        await focal.PostAsync($"/api/milestone-statuses/{draft.Id}/submit", null);

        var noReason = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/milestone-statuses/{draft.Id}/review",
            new { decision = "return" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noReason.FieldErrors("reason"));
        var returned = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/milestone-statuses/{draft.Id}/review",
            new { decision = "return", reason = "Attach the decree (test)" })).OkAsync<MilestoneStatusRecordDto>();
        Assert.Equal((ReviewState.Returned, "Attach the decree (test)"), (returned.State, returned.ReturnReason));

        var corrected = await (await focal.SendJsonAsync(HttpMethod.Put, $"/api/milestone-statuses/{draft.Id}",
            Update(thailand, plan.Milestones[1].Id, "in-progress"))).OkAsync<MilestoneStatusRecordDto>();
        Assert.Equal(ReviewState.Returned, corrected.State);
        var again = await (await focal.PostAsync($"/api/milestone-statuses/{draft.Id}/submit", null)).OkAsync<MilestoneStatusRecordDto>();
        Assert.Null(again.ReturnReason);
    }

    [Fact]
    public async Task Nobody_approves_their_own_submission()
    {
        var (thailand, _, plan) = await Setup();
        var staff = api.As(Roles.Staff);
        var draft = await Draft(staff, Update(thailand, plan.Milestones[2].Id));
        await staff.PostAsync($"/api/milestone-statuses/{draft.Id}/submit", null);
        var problem = await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/milestone-statuses/{draft.Id}/review", new { decision = "approve" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("another Staff member", problem["detail"]!.GetValue<string>());
        // Another reviewer may.
        await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/milestone-statuses/{draft.Id}/review", new { decision = "approve" }))
            .OkAsync<MilestoneStatusRecordDto>();
    }

    [Fact]
    public async Task An_approved_update_cannot_change_until_reopened()
    {
        var (thailand, _, plan) = await Setup();
        var draft = await Draft(api.As(Roles.MemberFocalPoint), Update(thailand, plan.Milestones[3].Id));
        await api.As(Roles.MemberFocalPoint).PostAsync($"/api/milestone-statuses/{draft.Id}/submit", null);
        await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/milestone-statuses/{draft.Id}/review", new { decision = "approve" });

        var problem = await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Put, $"/api/milestone-statuses/{draft.Id}",
            Update(thailand, plan.Milestones[3].Id, "planned"))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("reopen", problem["detail"]!.GetValue<string>());
        await (await api.As(Roles.MemberFocalPoint).PostAsync($"/api/milestone-statuses/{draft.Id}/reopen", null)).ProblemAsync(HttpStatusCode.Forbidden);

        var reopened = await (await api.As(Roles.Staff).PostAsync($"/api/milestone-statuses/{draft.Id}/reopen", null)).OkAsync<MilestoneStatusRecordDto>();
        Assert.Equal(ReviewState.Draft, reopened.State);
        await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Put, $"/api/milestone-statuses/{draft.Id}",
            Update(thailand, plan.Milestones[3].Id, "planned"))).OkAsync<MilestoneStatusRecordDto>();
    }

    [Fact]
    public async Task A_focal_point_cannot_see_or_touch_another_members_unapproved_updates()
    {
        var (thailand, malaysia, plan) = await Setup();
        var theirs = await Draft(api.As(TestUsers.FocalPointOfOtherMember), Update(malaysia, plan.Milestones[4].Id));
        var focal = api.As(Roles.MemberFocalPoint);
        await (await focal.GetAsync($"/api/milestone-statuses/{theirs.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await focal.PostAsync($"/api/milestone-statuses/{theirs.Id}/submit", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await focal.SendJsonAsync(HttpMethod.Put, $"/api/milestone-statuses/{theirs.Id}", Update(thailand, plan.Milestones[4].Id)))
            .ProblemAsync(HttpStatusCode.NotFound);
        var listed = await (await focal.GetAsync($"/api/milestone-statuses?memberId={malaysia}&state=draft")).OkAsync<MilestoneStatusPageDto>();
        Assert.Empty(listed.Items);
        await (await focal.SendJsonAsync(HttpMethod.Post, "/api/milestone-statuses", Update(malaysia, plan.Milestones[4].Id)))
            .ProblemAsync(HttpStatusCode.NotFound);
        // Viewers see approved records only.
        var viewer = await (await api.As(Roles.Viewer).GetAsync("/api/milestone-statuses?state=draft")).OkAsync<MilestoneStatusPageDto>();
        Assert.Empty(viewer.Items);
    }

    [Fact]
    public async Task Bad_updates_are_refused_with_the_field_at_fault()
    {
        var (thailand, _, plan) = await Setup();
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd");
        var problem = await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Post, "/api/milestone-statuses",
            new { memberId = thailand, milestoneId = 999999, status = "not-applicable", effectiveOn = future })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("effectiveOn"));
        Assert.NotEmpty(problem.FieldErrors("milestoneId"));
        Assert.NotEmpty(problem.FieldErrors("notApplicableReason"));
        var noEvidence = await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Post, "/api/milestone-statuses",
            new { memberId = thailand, milestoneId = plan.Milestones[0].Id, status = "achieved", effectiveOn = "2025-01-01" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noEvidence.FieldErrors("evidence"));
    }

    [Fact]
    public async Task Bulk_approval_is_all_or_nothing()
    {
        var (thailand, _, plan) = await Setup();
        var focal = api.As(Roles.MemberFocalPoint);
        var one = await Draft(focal, Update(thailand, plan.Milestones[5].Id));
        var two = await Draft(focal, Update(thailand, plan.Milestones[6].Id));
        await focal.PostAsync($"/api/milestone-statuses/{one.Id}/submit", null);

        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/milestone-statuses/approve", new { ids = new[] { one.Id, two.Id } }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ReviewState.Submitted, (await (await api.Client().GetAsync($"/api/milestone-statuses/{one.Id}")).OkAsync<MilestoneStatusRecordDto>()).State);

        await focal.PostAsync($"/api/milestone-statuses/{two.Id}/submit", null);
        var approved = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/milestone-statuses/approve", new { ids = new[] { one.Id, two.Id } }))
            .OkAsync<List<MilestoneStatusRecordDto>>();
        Assert.All(approved, r => Assert.Equal(ReviewState.Approved, r.State));
    }
}
