using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.Activities;
using Rocb.Api.Features.Plans;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.Activities.ActivityTestData;

namespace Rocb.Api.Tests.Activities;

public sealed class ActivityRegisterTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<ActivityPageDto> ListAsync(string query) =>
        await (await api.Client().GetAsync($"/api/activities?{query}")).OkAsync<ActivityPageDto>();

    [Fact]
    public async Task The_fy2019_20_activities_are_seeded_from_the_annual_report()
    {
        var page = await ListAsync("fiscalYear=2019&pageSize=200");
        Assert.Equal(45, page.Total);
        Assert.All(page.Items, a => Assert.InRange(a.StartsOn!.Value, new DateOnly(2019, 7, 1), new DateOnly(2020, 6, 30)));
        // The report's summary: six regional/sub-regional workshops the ROCB organised (two of them train-the-trainer).
        var organised = await ListAsync("fiscalYear=2019&role=organised&pageSize=200");
        Assert.Equal(3, organised.Items.Count(a => a.Type == ActivityType.SubRegionalWorkshop));
        Assert.Equal(2, organised.Items.Count(a => a.Type == ActivityType.TrainTheTrainer));
        var aeo = Assert.Single(page.Items, a => a.Title.StartsWith("WCO Regional Workshop on AEO"));
        Assert.Equal(6, organised.Items.Count(a => a.Type is ActivityType.RegionalWorkshop or ActivityType.SubRegionalWorkshop or ActivityType.TrainTheTrainer));
        var detail = await (await api.Client().GetAsync($"/api/activities/{aeo.Id}")).OkAsync<ActivityDto>();
        Assert.Contains(detail.Topics, t => t.Code == "aeo");
        Assert.NotEmpty(detail.Members);
        Assert.StartsWith("seeds/001_2d3ab227f23b29d3.txt:", detail.Source);
        // Gender was not recorded in 2019/20: the participants it gives are "not recorded", and no share is made up.
        Assert.Equal(detail.Participation.Total, detail.Participation.NotRecorded);
        Assert.Null(detail.Participation.FemaleShare);
    }

    [Fact]
    public async Task An_activity_is_recorded_changed_and_deleted()
    {
        var th = await MemberIdAsync(api.Client(), "TH");
        var action = await ActionIdAsync(api.Client(), "SAP-2024-2026", 1, "a");
        var body = Workshop("Regional Workshop on Risk Management (test)");
        body["hostMemberId"] = th;
        body["memberIds"] = new[] { th };
        body["actionIds"] = new[] { action };
        body["sponsors"] = "CCF-Japan";
        body["staff"] = new[] { new { name = "Programme Manager (placeholder)", role = "organiser" } };
        var created = await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities", body);
        var activity = await created.OkAsync<ActivityDto>(HttpStatusCode.Created);
        Assert.Equal($"/api/activities/{activity.Id}", created.Headers.Location?.ToString());
        Assert.Equal("TH", activity.HostMember?.Code);
        Assert.Single(activity.Actions);
        Assert.NotEmpty(activity.Kpis);
        Assert.Single(activity.Staff);

        body["status"] = "postponed";
        body["statusReason"] = "COVID-19";
        var etag = created.Headers.ETag!.Tag;
        var updated = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{activity.Id}", body, etag)).OkAsync<ActivityDto>();
        Assert.Equal(ActivityStatus.Postponed, updated.Status);
        Assert.Equal("COVID-19", updated.StatusReason);

        // The old ETag is stale now.
        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{activity.Id}", body, etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await api.Client().DeleteAsync($"/api/activities/{activity.Id}")).StatusCode);
        await (await api.Client().GetAsync($"/api/activities/{activity.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("endsOn", "2024-09-09", "endsOn")]
    [InlineData("status", "cancelled", "statusReason")]
    [InlineData("title", "", "title")]
    [InlineData("startsOn", "2024-09-15", "startsOn")] // month precision needs the first of the month (set below)
    public async Task Bad_input_gets_a_field_error_and_writes_nothing(string field, string value, string errorField)
    {
        var body = Workshop("Bad input workshop (test)");
        body[field] = value;
        if (errorField == "startsOn") { body["datePrecision"] = "month"; body["endsOn"] = null; }
        var before = (await ListAsync("q=Bad input workshop")).Total;
        var problem = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(errorField));
        Assert.Equal(before, (await ListAsync("q=Bad input workshop")).Total);
    }

    [Fact]
    public async Task A_plan_action_whose_plan_does_not_cover_the_dates_is_refused()
    {
        var old = await ActionIdAsync(api.Client(), "SAP-2018-2020", 1, "a");
        var body = Workshop("Out of period (test)");
        body["actionIds"] = new[] { old };
        var problem = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("actionIds"), m => m.Contains("SAP-2018-2020") && m.Contains("does not cover"));
        Assert.Equal(0, (await ListAsync("q=Out of period")).Total);

        body["topicIds"] = new[] { 999_999 };
        body["actionIds"] = Array.Empty<int>();
        var unknown = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(unknown.FieldErrors("topicIds"));
    }

    [Fact]
    public async Task Lists_filter_sort_and_page()
    {
        var my = await MemberIdAsync(api.Client(), "MY");
        var byMember = await ListAsync($"memberId={my}&fiscalYear=2019&pageSize=200");
        Assert.NotEmpty(byMember.Items);
        Assert.Contains(byMember.Items, a => a.Title.Contains("Malaysia"));
        var national = await ListAsync("type=national-workshop&fiscalYear=2019&pageSize=200");
        Assert.All(national.Items, a => Assert.Equal(ActivityType.NationalWorkshop, a.Type));
        var planned = await ListAsync("status=planned&pageSize=10&page=2&sort=title");
        Assert.Equal(10, planned.Items.Count);
        Assert.True(planned.Total >= 65);
        Assert.Equal(planned.Items.OrderBy(a => a.Title, StringComparer.Ordinal).Select(a => a.Title), planned.Items.Select(a => a.Title));
        var range = await ListAsync("from=2019-12-01&to=2019-12-31&pageSize=200");
        Assert.All(range.Items, a => Assert.Equal(12, a.StartsOn!.Value.Month));

        var problem = await (await api.Client().GetAsync("/api/activities?type=party&sort=size&pageSize=500")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("regional-workshop", problem.FieldErrors("type")[0]);
        Assert.NotEmpty(problem.FieldErrors("sort"));
        Assert.NotEmpty(problem.FieldErrors("pageSize"));
    }

    [Fact]
    public async Task The_calendar_feed_lists_upcoming_planned_and_confirmed_activities()
    {
        var body = Workshop("Sub-regional Workshop on Origin (calendar test)");
        body["status"] = "confirmed";
        body["startsOn"] = "2030-03-02";
        body["endsOn"] = "2030-03-04";
        await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities", body)).OkAsync<ActivityDto>(HttpStatusCode.Created);

        var response = await api.As(Roles.Viewer).GetAsync("/api/activities/calendar.ics?from=2030-01-01");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", ics);
        Assert.Contains("SUMMARY:Sub-regional Workshop on Origin (calendar test)", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20300302", ics);
        Assert.Contains("DTEND;VALUE=DATE:20300305", ics); // all-day events end the day after
        Assert.DoesNotContain("WCO Regional Workshop on AEO", ics); // delivered in 2019: not upcoming
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync("/api/activities/calendar.ics")).StatusCode);
    }

    [Fact]
    public async Task Import_reports_problems_per_row_and_is_all_or_nothing()
    {
        var file = new ActivityFile
        {
            Activities =
            [
                new ActivityRecord { Key = "test-imp-1", Title = "Imported one (test)", Type = "seminar", StartsOn = new(2024, 8, 1), EndsOn = new(2024, 8, 2), Status = "delivered", Participants = new(12, 4, null) },
                new ActivityRecord { Key = "test-imp-2", Title = "Imported two (test)", Type = "gala", StartsOn = new(2024, 8, 5), EndsOn = new(2024, 8, 1), TopicCodes = ["nope"] },
            ],
        };
        var dry = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities/import?dryRun=true", file)).OkAsync<ImportReportDto>();
        Assert.Contains(dry.Problems, p => p.Row == 2 && p.Path == "activities[1].type");
        Assert.Contains(dry.Problems, p => p.Row == 2 && p.Path == "activities[1].endsOn");
        Assert.Contains(dry.Problems, p => p.Row == 2 && p.Path == "activities[1].topicCodes");
        var refused = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities/import", file)).OkAsync<ImportReportDto>();
        Assert.False(refused.Written);
        Assert.Equal(0, (await ListAsync("q=Imported one")).Total);

        var good = file with { Activities = [file.Activities[0]] };
        Assert.True((await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities/import", good)).OkAsync<ImportReportDto>()).Written);
        var again = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities/import", good)).OkAsync<ImportReportDto>();
        Assert.Equal(1, again.Counts["alreadyImported"]);
        var imported = Assert.Single((await ListAsync("q=Imported one")).Items);
        Assert.Equal(12, imported.ParticipantTotal);
    }

    [Fact]
    public async Task Only_staff_delete_activities_and_unknown_ones_are_404()
    {
        var body = Workshop("Deletable (test)");
        var created = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities", body)).OkAsync<ActivityDto>(HttpStatusCode.Created);
        await (await api.As(Roles.Viewer).DeleteAsync($"/api/activities/{created.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(Roles.Staff).DeleteAsync($"/api/activities/{created.Id}")).StatusCode);
        await (await api.Client().DeleteAsync("/api/activities/999999")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
