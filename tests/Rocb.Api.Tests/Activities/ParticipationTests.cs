using System.Net;
using System.Text;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Activities;
using Rocb.Api.Features.Participation;
using Rocb.Api.Features.Plans;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.Activities.ActivityTestData;

namespace Rocb.Api.Tests.Activities;

public sealed class ParticipationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<long> NewActivityAsync(string title, string status = "delivered")
    {
        var body = Workshop(title);
        body["status"] = status;
        return (await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities", body)).OkAsync<ActivityDto>(HttpStatusCode.Created)).Id;
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task Counts_per_member_add_up_to_the_totals()
    {
        var id = await NewActivityAsync("Counts workshop (test)");
        int th = await MemberIdAsync(api.Client(), "TH"), my = await MemberIdAsync(api.Client(), "MY");
        var result = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{id}/participant-counts", new
        {
            counts = new object[]
            {
                new { memberId = th, female = 2, male = 1, other = 0, notRecorded = 0, total = 3, observers = 1, headOfDelegationGender = "female" },
                new { memberId = my, female = 0, male = 2, other = 0, notRecorded = 1, observers = 0, headOfDelegationGender = "male" },
            },
        })).OkAsync<ParticipationDto>();
        Assert.Equal(6, result.Totals.Total);
        Assert.Equal(1, result.Totals.Observers);
        Assert.Equal(40.0m, result.Totals.FemaleShare); // 2 of the 5 whose gender was recorded
        Assert.Equal(1, result.Totals.FemaleHeadsOfDelegation);
        Assert.Equal(2, result.Totals.HeadsOfDelegation);
        var detail = await (await api.As(Roles.Viewer).GetAsync($"/api/activities/{id}")).OkAsync<ActivityDto>();
        Assert.Equal(6, detail.Participation.Total);
    }

    [Theory]
    [InlineData(-1, null, "counts[0].female")]
    [InlineData(2, 5, "counts[0].total")]
    public async Task Negative_counts_or_a_wrong_total_are_refused_and_nothing_changes(int female, int? total, string field)
    {
        var id = await NewActivityAsync($"Bad counts {female} {total} (test)");
        var th = await MemberIdAsync(api.Client(), "TH");
        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{id}/participant-counts",
            new { counts = new[] { new { memberId = th, female = 1, male = 1 } } })).OkAsync<ParticipationDto>();
        var problem = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{id}/participant-counts",
            new { counts = new[] { new { memberId = th, female, male = 1, total } } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(field));
        var after = await (await api.Client().GetAsync($"/api/activities/{id}/participation")).OkAsync<ParticipationDto>();
        Assert.Equal(2, after.Totals.Total);
    }

    [Fact]
    public async Task Named_participants_roll_up_into_their_members_counts()
    {
        var id = await NewActivityAsync("Named participants (test)");
        int th = await MemberIdAsync(api.Client(), "TH"), my = await MemberIdAsync(api.Client(), "MY");
        var result = await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/activities/{id}/participants", new
        {
            participants = new object[]
            {
                new { memberId = th, name = "Participant A (placeholder)", gender = "female", role = "head-of-delegation" },
                new { memberId = th, name = "Participant B (placeholder)", gender = "male", role = "participant" },
                new { memberId = th, name = "Participant C (placeholder)", gender = "female", role = "observer" },
                new { memberId = my, name = "Participant D (placeholder)", gender = "not-recorded", role = "participant" },
            },
        })).OkAsync<ParticipationDto>();
        var thai = Assert.Single(result.Counts, c => c.Member?.Code == "TH");
        Assert.True(thai.FromIndividuals);
        Assert.Equal((1, 1, 1), (thai.Female, thai.Male, thai.Observers));
        Assert.Equal(Rocb.Api.Domain.Activities.Gender.Female, thai.HeadOfDelegationGender);
        Assert.Equal(3, result.Totals.Total);

        // Counts for a Member with named participants come from them.
        var clash = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{id}/participant-counts",
            new { counts = new[] { new { memberId = th, female = 9 } } })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("named participants", clash["detail"]!.GetValue<string>());

        // Personal data: Staff see all names, a focal point only its own administration's, a viewer none.
        var all = await (await api.As(Roles.Staff).GetAsync($"/api/activities/{id}/participants")).OkAsync<ParticipantPageDto>();
        Assert.Equal(4, all.Total);
        var own = await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/activities/{id}/participants")).OkAsync<ParticipantPageDto>();
        Assert.All(own.Items, p => Assert.Equal("TH", p.Member.Code));
        Assert.Equal(3, own.Total);
        await (await api.As(Roles.Viewer).GetAsync($"/api/activities/{id}/participants")).ProblemAsync(HttpStatusCode.Forbidden);

        var b = all.Items.Single(p => p.Name.StartsWith("Participant B"));
        var afterDelete = await (await api.Client().DeleteAsync($"/api/activities/{id}/participants/{b.Id}")).OkAsync<ParticipationDto>();
        Assert.Equal(0, afterDelete.Counts.Single(c => c.Member?.Code == "TH").Male);
    }

    [Fact]
    public async Task A_csv_upload_is_checked_row_by_row_then_written_all_at_once()
    {
        var id = await NewActivityAsync("CSV upload (test)");
        var bad = """
            name,member,gender,role,position
            Officer One (placeholder),TH,female,participant,Risk analyst
            Officer Two (placeholder),XX,male,participant,
            Officer Three (placeholder),MY,unknown,participant,
            """;
        var dry = await (await api.Client().PostAsync($"/api/activities/{id}/participants.csv?dryRun=true", Csv(bad))).OkAsync<ImportReportDto>();
        Assert.Contains(dry.Problems, p => p.Row == 3 && p.Path == "member");
        Assert.Contains(dry.Problems, p => p.Row == 4 && p.Path == "gender");
        var refused = await (await api.Client().PostAsync($"/api/activities/{id}/participants.csv", Csv(bad))).OkAsync<ImportReportDto>();
        Assert.False(refused.Written);
        Assert.Equal(0, (await (await api.Client().GetAsync($"/api/activities/{id}/participation")).OkAsync<ParticipationDto>()).Totals.Total);

        var good = bad.Replace(",XX,", ",MY,").Replace(",unknown,", ",female,");
        var written = await (await api.Client().PostAsync($"/api/activities/{id}/participants.csv", Csv(good))).OkAsync<ImportReportDto>();
        Assert.True(written.Written);
        var totals = (await (await api.Client().GetAsync($"/api/activities/{id}/participation")).OkAsync<ParticipationDto>()).Totals;
        Assert.Equal((3, 2, 1), (totals.Total, totals.Female, totals.Male));

        await (await api.Client().PostAsync($"/api/activities/{id}/participants.csv", new StringContent("{}", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var headless = await (await api.Client().PostAsync($"/api/activities/{id}/participants.csv?dryRun=true", Csv("who,where\nx,y"))).OkAsync<ImportReportDto>();
        Assert.Contains(headless.Problems, p => p.Path == "header");
    }

    [Fact]
    public async Task Evaluations_are_on_a_one_to_five_scale()
    {
        var id = await NewActivityAsync("Evaluated workshop (test)");
        var result = await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/activities/{id}/evaluation/responses", new
        {
            responses = new object[]
            {
                new { overall = 5, items = new[] { new { item = "Relevance", score = 5 } } },
                new { overall = 4, items = new[] { new { item = "Relevance", score = 4 } } },
                new { overall = 3 },
            },
        })).OkAsync<EvaluationDto>();
        Assert.Equal(4.00m, result.Totals.Mean);
        Assert.Equal([0, 0, 1, 1, 1], result.Distribution);
        Assert.Equal(4.5m, Assert.Single(result.Items).Mean);

        var problem = await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/activities/{id}/evaluation/responses",
            new { responses = new[] { new { overall = 6 } } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("1-5", problem.FieldErrors("responses[0].overall")[0]);
        Assert.Equal(3, (await (await api.Client().GetAsync($"/api/activities/{id}/evaluation")).OkAsync<EvaluationDto>()).Totals.Responses);

        var planned = await NewActivityAsync("Planned, not evaluated (test)", "planned");
        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{planned}/evaluation/summary",
            new { mean = 4.5m, responses = 20 })).ProblemAsync(HttpStatusCode.Conflict);

        var summarised = await NewActivityAsync("Summarised workshop (test)");
        var summary = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{summarised}/evaluation/summary",
            new { mean = 4.6m, responses = 25, source = "Workshop report (placeholder)" })).OkAsync<EvaluationDto>();
        Assert.True(summary.Totals.FromSummary);
        Assert.Equal(4.6m, summary.Totals.Mean);
        var outOfScale = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{summarised}/evaluation/summary",
            new { mean = 0.5m, responses = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(outOfScale.FieldErrors("mean"));
        Assert.NotEmpty(outOfScale.FieldErrors("responses"));
    }
}
