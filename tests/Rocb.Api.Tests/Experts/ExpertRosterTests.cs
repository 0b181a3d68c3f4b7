using System.Net;
using System.Text.Json.Nodes;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Experts;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.Activities.ActivityTestData;
using static Rocb.Api.Tests.Experts.ExpertTestData;

namespace Rocb.Api.Tests.Experts;

public sealed class ExpertRosterTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_fy2019_20_mobilisation_is_seeded_as_labelled_accredited_experts_with_completed_deployments()
    {
        var page = await (await api.Client().GetAsync("/api/experts?q=Accredited%20expert&pageSize=200")).OkAsync<ExpertPageDto>();
        Assert.Equal(13, page.Total); // 12 lines, WCO Secretariat counted 2
        Assert.Contains(page.Items, e => e.Name == "Accredited expert, Japan Customs (1)");
        Assert.Contains(page.Items, e => e.Name == "Accredited expert, Japan Customs (4)");
        Assert.Contains(page.Items, e => e.Name == "Accredited expert, WCO Secretariat (2)");
        Assert.Contains(page.Items, e => e.Name == "Accredited expert, France Customs (1)" && e.OutsideAdministration == "France");
        Assert.All(page.Items, e => Assert.Equal(Rocb.Api.Domain.Experts.AccreditationStatus.Accredited, e.Accreditations.Single().Status));
        var japan = page.Items.First(e => e.Name == "Accredited expert, Japan Customs (1)");
        var deployments = await (await api.Client().GetAsync($"/api/experts/{japan.Id}/deployments")).OkAsync<JsonArray>();
        Assert.Equal("completed", deployments.Single()!["status"]!.GetValue<string>());
        var expert = await (await api.Client().GetAsync($"/api/experts/{japan.Id}")).OkAsync<ExpertDto>();
        Assert.Contains("no name is invented", expert.Notes);
        Assert.StartsWith("seeds/001_", expert.Source);
    }

    [Fact]
    public async Task Experts_are_created_validated_filtered_and_updated_with_if_match()
    {
        var bad = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/experts",
            new { name = "", origin = "member", languages = new[] { "english" }, topics = new[] { new { topicId = 1, level = 4 } } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.FieldErrors("name"));
        Assert.NotEmpty(bad.FieldErrors("memberId"));
        Assert.NotEmpty(bad.FieldErrors("languages[0]"));
        Assert.NotEmpty(bad.FieldErrors("topics[0].level"));
        var outside = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/experts", new { name = "X", origin = "outside-region" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(outside.FieldErrors("outsideAdministration"));

        var rkc = await TopicIdAsync(api, "rkc");
        var th = await MemberIdAsync(api.Client(), "TH");
        var expert = await CreateExpertAsync(api.Client(), new
        {
            name = "Test Expert Roster (placeholder)", origin = "member", memberId = th, gender = "female", languages = new[] { "EN", "th" },
            email = "roster@example.test", consentToContact = true, topics = new[] { new { topicId = rkc, level = 3 } },
        });
        Assert.Equal(["en", "th"], expert.Languages);
        await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/experts/{expert.Id}/unavailability",
            new { startsOn = "2030-01-10", endsOn = "2030-01-20", reason = "Leave" })).OkAsync<UnavailabilityDto>(HttpStatusCode.Created);

        async Task<int> Count(string query) =>
            (await (await api.Client().GetAsync($"/api/experts?q=Roster&{query}")).OkAsync<ExpertPageDto>()).Total;
        Assert.Equal(1, await Count($"topicId={rkc}&language=th&inRegion=true&origin=member"));
        Assert.Equal(0, await Count("language=fr"));
        Assert.Equal(0, await Count("availableFrom=2030-01-15&availableTo=2030-02-01"));
        Assert.Equal(1, await Count("availableFrom=2030-02-01&availableTo=2030-02-05"));
        Assert.Equal(0, await Count("accreditationStatus=accredited"));
        (await (await api.Client().GetAsync("/api/experts?category=wizard")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("category");

        var response = await api.Client().GetAsync($"/api/experts/{expert.Id}");
        var etag = response.Headers.ETag!.Tag;
        var update = new { name = "Test Expert Roster (placeholder)", origin = "member", memberId = th, languages = new[] { "en" }, consentToContact = false };
        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/experts/{expert.Id}", update, etag)).OkAsync<ExpertDto>();
        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/experts/{expert.Id}", update, etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);

        var calendar = await (await api.Client().GetAsync($"/api/experts/{expert.Id}/calendar.ics")).Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VCALENDAR", calendar);
        Assert.Contains("Unavailable: Leave", calendar);
    }

    [Fact]
    public async Task Accreditations_follow_the_lifecycle_unless_overridden_with_a_reason()
    {
        var expert = await CreateExpertAsync(api.Client(), new { name = "Test Expert Lifecycle (placeholder)", origin = "wco-secretariat" });
        var reversed = await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/experts/{expert.Id}/accreditations",
            new { category = "expert-trainer", status = "accredited", validFrom = "2024-01-01", validUntil = "2023-01-01", evidence = "x" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(reversed.FieldErrors("validUntil"));
        (await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/experts/{expert.Id}/accreditations",
            new { category = "technical-operational-advisor" })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("area");

        var created = await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/experts/{expert.Id}/accreditations",
            new { category = "diagnostic-facilitator" })).OkAsync<AccreditationDto>(HttpStatusCode.Created);
        Assert.Equal(Rocb.Api.Domain.Experts.AccreditationStatus.Candidate, created.Status);
        var candidates = await (await api.Client().GetAsync("/api/experts/candidates?q=Lifecycle")).OkAsync<ExpertPageDto>();
        Assert.Equal(1, candidates.Total);

        var url = $"/api/experts/{expert.Id}/accreditations/{created.Id}/status";
        var skip = await (await api.Client().SendJsonAsync(HttpMethod.Post, url, new { status = "accredited" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("skips the lifecycle", skip.FieldErrors("overrideReason")[0]);
        var step = await (await api.Client().SendJsonAsync(HttpMethod.Post, url, new { status = "pre-accredited", on = "2024-03-01" })).OkAsync<AccreditationDto>();
        Assert.Equal(new DateOnly(2024, 3, 1), step.StatusSince);
        var accredited = await (await api.Client().SendJsonAsync(HttpMethod.Post, url,
            new { status = "accredited", on = "2024-09-01", validUntil = "2027-08-31", evidence = "WCO letter" })).OkAsync<AccreditationDto>();
        Assert.Equal(new DateOnly(2024, 9, 1), accredited.ValidFrom);
        (await (await api.Client().SendJsonAsync(HttpMethod.Post, url, new { status = "accredited" })).ProblemAsync(HttpStatusCode.Conflict)).FieldErrors("status");
        var back = await (await api.Client().SendJsonAsync(HttpMethod.Post, url, new { status = "candidate", overrideReason = "Re-nominated after a long absence" }))
            .OkAsync<AccreditationDto>();
        Assert.Equal("Re-nominated after a long absence", back.OverrideReason);
    }

    [Fact]
    public async Task An_expert_sees_and_maintains_only_its_own_profile()
    {
        var other = await CreateExpertAsync(api.Client(), new { name = "Test Expert Other (placeholder)", origin = "wco-secretariat" });
        var expert = api.As(Roles.Expert);
        var own = await (await expert.GetAsync("/api/experts")).OkAsync<ExpertPageDto>();
        Assert.Equal([1], own.Items.Select(e => e.Id));
        await (await expert.GetAsync("/api/experts/1")).OkAsync<ExpertDto>();
        await (await expert.GetAsync($"/api/experts/{other.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await expert.GetAsync($"/api/experts/{other.Id}/deployments")).ProblemAsync(HttpStatusCode.NotFound);
        await (await expert.SendJsonAsync(HttpMethod.Post, $"/api/experts/{other.Id}/unavailability", new { startsOn = "2030-01-01", endsOn = "2030-01-02" }))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await expert.SendJsonAsync(HttpMethod.Post, "/api/experts/1/unavailability", new { startsOn = "2030-01-01", endsOn = "2030-01-02" }))
            .OkAsync<UnavailabilityDto>(HttpStatusCode.Created);
        await (await expert.SendJsonAsync(HttpMethod.Post, "/api/experts", new { name = "x", origin = "wco-secretariat" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Viewer).GetAsync("/api/experts")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
