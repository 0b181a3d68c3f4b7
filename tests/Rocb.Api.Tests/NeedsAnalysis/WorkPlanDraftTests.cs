using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Features.Activities;
using Rocb.Api.Features.NeedsAnalysis;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.NeedsAnalysis;

/// <summary>The draft annual work plan: generated from the analysis with its evidence, edited by Staff, adopted into planned activities.</summary>
public sealed class WorkPlanDraftTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly NeedsTestData _data = new(api);
    private static int _fiscalYear = 2040;

    /// <summary>
    /// A cycle of its own fiscal year: TH, MY, ID (SEA) need risk management (3, 2, 3; TH and MY in Q2), FJ needs AEO at 3 by expert
    /// mission in Q4. A plan of that fiscal year has a risk-management milestone served by action a. Proposals: a sub-regional workshop
    /// on RM (ID, MY, TH; Q2), an expert mission on AEO for FJ (Q4), accreditation for RM (3 Members, no expert) and for AEO.
    /// </summary>
    private async Task<(int Cycle, int FiscalYear, NeedsTestData.PlanIds Plan)> CycleAsync()
    {
        var fy = Interlocked.Increment(ref _fiscalYear);
        var plan = await _data.PlanAsync($"SAP-WP-{fy}", new DateOnly(fy, 7, 1), new DateOnly(fy + 1, 6, 30), "risk-management");
        var cycle = await _data.CycleAsync($"Needs survey {fy} (work plan test)", fy, new DateOnly(fy, 1, 10), ["TH", "MY", "ID", "FJ"],
            ["risk-management", "aeo"]);
        await _data.ResponseAsync(cycle, "TH", "Submitted", 2, [], new TopicAnswer("risk-management", 3, "ExpertMission", 2));
        await _data.ResponseAsync(cycle, "MY", "Submitted", 1, [], new TopicAnswer("risk-management", 2, null, 2));
        await _data.ResponseAsync(cycle, "ID", "Submitted", 4, [], new TopicAnswer("risk-management", 3, null, 3));
        await _data.ResponseAsync(cycle, "FJ", "Submitted", 1, [], new TopicAnswer("aeo", 3, "ExpertMission", 4));
        return (cycle, fy, plan);
    }

    private Task<HttpResponseMessage> GenerateAsync(int cycle, bool replace = false, string principal = Roles.Staff) =>
        api.As(principal).PostAsync($"/api/needs-cycles/{cycle}/work-plan{(replace ? "?replace=true" : "")}", null);

    private static object Item(int topicId, string title = "Study visit on risk management", int? quarter = 3, int[]? actionIds = null, int[]? memberIds = null,
        string kind = "national-activity", string activityType = "study-tour") =>
        new { kind, title, activityType, topicId, memberIds = memberIds ?? [], quarter, actionIds = actionIds ?? [], expertsNeeded = 1, notes = "Asked by phone" };

    [Fact]
    public async Task Generating_makes_one_item_per_proposal_with_its_evidence_and_the_plan_actions_it_serves()
    {
        var (cycle, fy, plan) = await CycleAsync();
        var draft = await (await GenerateAsync(cycle)).OkAsync<WorkPlanDraftDto>(HttpStatusCode.Created);
        Assert.Equal((fy, WorkPlanStatus.Draft), (draft.FiscalYear, draft.Status));
        Assert.Equal(
        [
            (1, WorkPlanItemKind.SubRegionalWorkshop, "risk-management", (int?)2),
            (2, WorkPlanItemKind.NationalActivity, "aeo", 4),
            (3, WorkPlanItemKind.Accreditation, "risk-management", null),
            (4, WorkPlanItemKind.Accreditation, "aeo", null),
        ], draft.Items.Select(i => (i.Position, i.Kind, i.TopicCode!, i.Quarter)));
        var workshop = draft.Items[0];
        Assert.All(draft.Items, i => Assert.Equal(WorkPlanItemOrigin.Generated, i.Origin));
        Assert.Equal([plan.ActionId], workshop.ActionIds); // the RM action of the plan in force
        Assert.Empty(draft.Items[1].ActionIds);            // no plan milestone on AEO
        Assert.Equal(2, workshop.ExpertsNeeded);
        Assert.Contains("threshold for a sub-regional workshop is 3", workshop.Reason);
        var members = new[] { await _data.MemberAsync("ID"), await _data.MemberAsync("MY"), await _data.MemberAsync("TH") };
        Assert.Equal(members, workshop.MemberIds);
        // Evidence: each answer with its response and revision.
        var responses = (await (await api.Client().GetAsync($"/api/needs-cycles/{cycle}/analysis")).OkAsync<NeedsAnalysisDto>()).Members
            .ToDictionary(m => m.MemberCode, m => m.ResponseId);
        Assert.Equal([("ID", responses["ID"], 4, 3, (string?)null, (int?)3), ("MY", responses["MY"], 1, 2, null, 2), ("TH", responses["TH"], 2, 3, "expert-mission", 2)],
            workshop.Evidence.Select(e => (e.MemberCode, e.ResponseId, e.Revision, e.NeedLevel, e.PreferredDelivery, e.PreferredQuarter)));
        Assert.All(workshop.Evidence, e => Assert.Equal(cycle, e.CycleId));

        // A viewer reads it; the stored evidence is jsonb.
        var read = await (await api.As(Roles.Viewer).GetAsync($"/api/needs-cycles/{cycle}/work-plan")).OkAsync<WorkPlanDraftDto>();
        Assert.Equal(workshop.Evidence, read.Items[0].Evidence);
        Assert.Equal(1, await _data.CountAsync("SELECT count(*) FROM work_plan_items WHERE id = $1 AND jsonb_array_length(evidence) = 3", workshop.Id));
    }

    [Fact]
    public async Task A_second_generation_is_409_unless_replace_and_replace_discards_the_edits()
    {
        var (cycle, _, _) = await CycleAsync();
        var first = await (await GenerateAsync(cycle)).OkAsync<WorkPlanDraftDto>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(Roles.Staff).DeleteAsync($"/api/needs-cycles/{cycle}/work-plan/items/{first.Items[0].Id}")).StatusCode);
        var problem = await (await GenerateAsync(cycle)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("replace=true", problem["detail"]!.GetValue<string>());
        Assert.Equal(3, (await (await api.Client().GetAsync($"/api/needs-cycles/{cycle}/work-plan")).OkAsync<WorkPlanDraftDto>()).Items.Count);

        var replaced = await (await GenerateAsync(cycle, replace: true)).OkAsync<WorkPlanDraftDto>(HttpStatusCode.Created);
        Assert.Equal(4, replaced.Items.Count);
        Assert.Equal(1, await _data.CountAsync("SELECT count(*) FROM work_plan_drafts WHERE cycle_id = $1", cycle));
    }

    [Fact]
    public async Task Staff_add_edit_and_remove_items_with_validation_and_if_match()
    {
        var (cycle, _, _) = await CycleAsync();
        await (await GenerateAsync(cycle)).OkAsync<WorkPlanDraftDto>(HttpStatusCode.Created);
        var rm = await _data.TopicAsync("risk-management");
        var staff = api.As(Roles.Staff);

        var added = await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/needs-cycles/{cycle}/work-plan/items", Item(rm)))
            .OkAsync<WorkPlanItemDto>(HttpStatusCode.Created);
        Assert.Equal((5, WorkPlanItemOrigin.Manual, ActivityType.StudyTour, "Asked by phone"), (added.Position, added.Origin, added.ActivityType, added.Notes));
        Assert.Empty(added.Evidence);

        var generated = (await (await staff.GetAsync($"/api/needs-cycles/{cycle}/work-plan")).OkAsync<WorkPlanDraftDto>()).Items[0];
        var updated = await (await staff.SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle}/work-plan/items/{generated.Id}",
                Item(rm, "Sub-regional workshop on RM (Bangkok)", 1, generated.ActionIds.ToArray(), generated.MemberIds.ToArray(), "sub-regional-workshop",
                    "sub-regional-workshop"), $"\"{generated.Version}\""))
            .OkAsync<WorkPlanItemDto>();
        Assert.Equal(("Sub-regional workshop on RM (Bangkok)", (int?)1, WorkPlanItemOrigin.Generated), (updated.Title, updated.Quarter, updated.Origin));
        Assert.Equal(generated.Evidence, updated.Evidence); // the evidence stays with the edited line

        // A stale version is refused.
        await (await staff.SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle}/work-plan/items/{generated.Id}", Item(rm), $"\"{generated.Version}\""))
            .ProblemAsync(HttpStatusCode.PreconditionFailed);

        // Bad input: every field named, nothing written.
        var problem = await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/needs-cycles/{cycle}/work-plan/items",
            new { kind = "national-activity", title = " ", activityType = "study-tour", topicId = 987654, memberIds = new[] { 987654 }, quarter = 5,
                actionIds = new[] { 987654 }, expertsNeeded = 51 })).ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "title", "topicId", "memberIds", "quarter", "actionIds", "expertsNeeded" }) Assert.NotEmpty(problem.FieldErrors(field));
        var noTopic = await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/needs-cycles/{cycle}/work-plan/items",
            new { kind = "accreditation", title = "More experts", activityType = "accreditation-workshop", expertsNeeded = 2 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noTopic.FieldErrors("topicId"));
        Assert.Equal(5, (await (await staff.GetAsync($"/api/needs-cycles/{cycle}/work-plan")).OkAsync<WorkPlanDraftDto>()).Items.Count);

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/needs-cycles/{cycle}/work-plan/items/{added.Id}")).StatusCode);
        await (await staff.DeleteAsync($"/api/needs-cycles/{cycle}/work-plan/items/{added.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(4, (await (await staff.GetAsync($"/api/needs-cycles/{cycle}/work-plan")).OkAsync<WorkPlanDraftDto>()).Items.Count);
    }

    [Fact]
    public async Task Adopting_makes_every_item_a_planned_activity_in_its_quarter_and_then_the_plan_is_closed()
    {
        var (cycle, fy, plan) = await CycleAsync();
        await (await GenerateAsync(cycle)).OkAsync<WorkPlanDraftDto>(HttpStatusCode.Created);
        var adopted = await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle}/work-plan/adopt", null)).OkAsync<WorkPlanDraftDto>();
        Assert.Equal(WorkPlanStatus.Adopted, adopted.Status);
        Assert.NotNull(adopted.AdoptedAt);
        Assert.All(adopted.Items, i => Assert.NotNull(i.ActivityId));

        var workshop = await (await api.Client().GetAsync($"/api/activities/{adopted.Items[0].ActivityId}")).OkAsync<ActivityDto>();
        Assert.Equal((ActivityType.SubRegionalWorkshop, ActivityStatus.Planned, DatePrecision.Quarter), (workshop.Type, workshop.Status, workshop.DatePrecision));
        Assert.Equal((new DateOnly(fy, 10, 1), new DateOnly(fy, 12, 31)), (workshop.StartsOn!.Value, workshop.EndsOn!.Value)); // FY Q2 = Oct–Dec
        Assert.Equal(["ID", "MY", "TH"], workshop.Members.Select(m => m.Code).Order());
        Assert.Equal(["risk-management"], workshop.Topics.Select(t => t.Code));
        Assert.Equal([plan.ActionId], workshop.Actions.Select(a => a.Id));
        var mission = await (await api.Client().GetAsync($"/api/activities/{adopted.Items[1].ActivityId}")).OkAsync<ActivityDto>();
        Assert.Equal((ActivityType.ScopingMission, "FJ", new DateOnly(fy + 1, 4, 1)), (mission.Type, mission.HostMember!.Code, mission.StartsOn!.Value));
        var accreditation = await (await api.Client().GetAsync($"/api/activities/{adopted.Items[2].ActivityId}")).OkAsync<ActivityDto>();
        Assert.Null(accreditation.StartsOn); // no quarter asked: dates to be set

        // Adopted: no second adoption, no regeneration, no edits.
        Assert.Contains("adopted", (await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle}/work-plan/adopt", null))
            .ProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>());
        await (await GenerateAsync(cycle, replace: true)).ProblemAsync(HttpStatusCode.Conflict);
        await (await api.As(Roles.Staff).DeleteAsync($"/api/needs-cycles/{cycle}/work-plan/items/{adopted.Items[0].Id}")).ProblemAsync(HttpStatusCode.Conflict);
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/needs-cycles/{cycle}/work-plan/items", Item(await _data.TopicAsync("aeo"))))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(4, await _data.CountAsync("SELECT count(*) FROM activities WHERE reference LIKE $1", $"needs-{cycle}-item-%"));
    }

    [Fact]
    public async Task One_invalid_item_stops_the_adoption_with_nothing_written()
    {
        var (cycle, _, _) = await CycleAsync();
        await (await GenerateAsync(cycle)).OkAsync<WorkPlanDraftDto>(HttpStatusCode.Created);
        // An action of a plan that ended in 2020 cannot be served by an activity in this fiscal year.
        var oldAction = (int)await _data.CountAsync("""
            SELECT min(sa.id)::bigint FROM specific_actions sa JOIN pillars p ON p.id = sa.pillar_id JOIN plans pl ON pl.id = p.plan_id WHERE pl.code = 'SAP-2018-2020'
            """);
        var bad = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/needs-cycles/{cycle}/work-plan/items",
            Item(await _data.TopicAsync("risk-management"), quarter: 1, actionIds: [oldAction]))).OkAsync<WorkPlanItemDto>(HttpStatusCode.Created);

        var problem = await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle}/work-plan/adopt", null)).ProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.FieldErrors("items[4].actionIds"));
        Assert.Contains("does not cover the activity's dates", message);
        Assert.Contains($"Item {bad.Position}", message);
        Assert.Equal(0, await _data.CountAsync("SELECT count(*) FROM activities WHERE reference LIKE $1", $"needs-{cycle}-item-%"));
        var draft = await (await api.Client().GetAsync($"/api/needs-cycles/{cycle}/work-plan")).OkAsync<WorkPlanDraftDto>();
        Assert.Equal(WorkPlanStatus.Draft, draft.Status);
        Assert.All(draft.Items, i => Assert.Null(i.ActivityId));

        // Fixed, it adopts.
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(Roles.Staff).DeleteAsync($"/api/needs-cycles/{cycle}/work-plan/items/{bad.Id}")).StatusCode);
        await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle}/work-plan/adopt", null)).OkAsync<WorkPlanDraftDto>();
        Assert.Equal(4, await _data.CountAsync("SELECT count(*) FROM activities WHERE reference LIKE $1", $"needs-{cycle}-item-%"));
    }

    [Fact]
    public async Task Unknown_cycles_drafts_and_items_are_404_and_roles_are_enforced()
    {
        await (await GenerateAsync(999999)).ProblemAsync(HttpStatusCode.NotFound);
        var (cycle, _, _) = await CycleAsync();
        await (await api.Client().GetAsync($"/api/needs-cycles/{cycle}/work-plan")).ProblemAsync(HttpStatusCode.NotFound); // not generated yet
        await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle}/work-plan/adopt", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await GenerateAsync(cycle, principal: Roles.Viewer)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await GenerateAsync(cycle, principal: Roles.MemberFocalPoint)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await _data.CountAsync("SELECT count(*) FROM work_plan_drafts WHERE cycle_id = $1", cycle));
        await (await GenerateAsync(cycle)).OkAsync<WorkPlanDraftDto>(HttpStatusCode.Created);
        await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/needs-cycles/{cycle}/work-plan")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle}/work-plan/items/987654",
            Item(await _data.TopicAsync("aeo")))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Replace_without_a_draft_simply_generates_one()
    {
        var (cycle, _, _) = await CycleAsync();
        Assert.Equal(4, (await (await GenerateAsync(cycle, replace: true)).OkAsync<WorkPlanDraftDto>(HttpStatusCode.Created)).Items.Count);
    }

    [Fact]
    public async Task An_empty_draft_cannot_be_adopted()
    {
        var fy = Interlocked.Increment(ref _fiscalYear);
        var cycle = await _data.CycleAsync($"Needs survey {fy} (empty)", fy, new DateOnly(fy, 1, 10), ["TH"], ["hs"]);
        await _data.ResponseAsync(cycle, "TH", "Submitted", 1, [], new TopicAnswer("hs", 1)); // a low need: no proposal
        var draft = await (await GenerateAsync(cycle)).OkAsync<WorkPlanDraftDto>(HttpStatusCode.Created);
        Assert.Empty(draft.Items);
        var problem = await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle}/work-plan/adopt", null)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("items"));
    }
}
