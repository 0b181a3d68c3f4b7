using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Npgsql;
using Rocb.Api.Features.Members;
using Rocb.Api.Features.SubRegions;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.ReferenceData;

public sealed class MembersApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.Client();

    private async Task<int> SubRegionId(string code) =>
        (await (await _client.GetAsync("/api/sub-regions")).OkAsync<List<SubRegionDto>>()).Single(s => s.Code == code).Id;

    private async Task<(MemberDto Member, string ETag)> CreateAsync(string code, string name, string subRegion = "PI")
    {
        var response = await _client.SendJsonAsync(HttpMethod.Post, "/api/members",
            new { code, name, subRegionId = await SubRegionId(subRegion), isCbRecipient = true });
        var member = await response.OkAsync<MemberDto>(HttpStatusCode.Created);
        Assert.Equal($"/api/members/{member.Id}", response.Headers.Location?.OriginalString);
        return (member, response.Headers.ETag!.ToString());
    }

    [Theory]
    [InlineData("/api/members?pageSize=201", "pageSize")]
    [InlineData("/api/members?page=0", "page")]
    [InlineData("/api/members?sort=population", "sort")]
    public async Task Rejects_bad_list_parameters_with_the_field_at_fault(string url, string field)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(field));
    }

    [Fact]
    public async Task Rejects_a_non_numeric_query_value_with_problem_details()
    {
        await (await _client.GetAsync("/api/members?page=abc")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_member_and_unknown_api_route_are_problem_404s()
    {
        await (await _client.GetAsync("/api/members/999999")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/members/not-a-number")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/no-such-thing")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_returns_the_version_as_an_etag()
    {
        var list = await (await _client.GetAsync("/api/members?q=Fiji")).OkAsync<MemberPageDto>();
        var response = await _client.GetAsync($"/api/members/{list.Items.Single().Id}");
        var fiji = await response.OkAsync<MemberDto>();
        Assert.Equal($"\"{fiji.Version}\"", response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Creates_updates_and_deletes_a_member()
    {
        var (created, etag) = await CreateAsync("QA", "Test administration QA");
        Assert.Equal("PI", created.SubRegionCode);

        var updated = await (await _client.SendJsonAsync(HttpMethod.Put, $"/api/members/{created.Id}",
            new { code = "QA", name = "Renamed QA", subRegionId = created.SubRegionId, joinedOn = "2004-07-01" }, etag)).OkAsync<MemberDto>();
        Assert.Equal("Renamed QA", updated.Name);
        Assert.Equal(new DateOnly(2004, 7, 1), updated.JoinedOn);
        Assert.NotEqual(created.Version, updated.Version);

        var deleted = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/members/{created.Id}"));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await _client.GetAsync($"/api/members/{created.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_fields_get_400_with_a_message_per_field_and_nothing_is_saved()
    {
        var problem = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/members",
            new { code = "x1", name = "", subRegionId = 999999, joinedOn = "2020-01-01", leftOn = "2019-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Code must be two capital letters, e.g. TH.", problem.FieldErrors("code"));
        Assert.Contains("Name is required.", problem.FieldErrors("name"));
        Assert.Contains("Choose an existing sub-region.", problem.FieldErrors("subRegionId"));
        Assert.Contains("The date left must not be before the date joined.", problem.FieldErrors("leftOn"));
        var all = await (await _client.GetAsync("/api/members?q=x1")).OkAsync<MemberPageDto>();
        Assert.Equal(0, all.TotalCount);
    }

    [Fact]
    public async Task A_duplicate_code_is_a_409_on_the_code_field()
    {
        var thailand = await (await _client.GetAsync("/api/members?q=Thailand")).OkAsync<MemberPageDto>();
        var problem = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/members",
            new { code = "TH", name = "Another Thailand", subRegionId = thailand.Items[0].SubRegionId }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Another Member administration already has this code.", problem.FieldErrors("code"));
        var after = await (await _client.GetAsync("/api/members?q=Another")).OkAsync<MemberPageDto>();
        Assert.Equal(0, after.TotalCount);
    }

    [Fact]
    public async Task A_stale_if_match_is_a_412_and_the_newer_change_survives()
    {
        var (member, etag) = await CreateAsync("QB", "Test administration QB");
        var body = new { code = "QB", name = "First writer", subRegionId = member.SubRegionId };
        await (await _client.SendJsonAsync(HttpMethod.Put, $"/api/members/{member.Id}", body, etag)).OkAsync<MemberDto>();

        var problem = await (await _client.SendJsonAsync(HttpMethod.Put, $"/api/members/{member.Id}",
            body with { name = "Second writer" }, etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("changed by someone else", problem["detail"]!.GetValue<string>());
        Assert.Equal("First writer", (await (await _client.GetAsync($"/api/members/{member.Id}")).OkAsync<MemberDto>()).Name);

        var deleteStale = new HttpRequestMessage(HttpMethod.Delete, $"/api/members/{member.Id}");
        deleteStale.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await _client.SendAsync(deleteStale)).ProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_malformed_if_match_is_a_400()
    {
        var (member, _) = await CreateAsync("QC", "Test administration QC");
        var problem = await (await _client.SendJsonAsync(HttpMethod.Put, $"/api/members/{member.Id}",
            new { code = "QC", name = "x", subRegionId = member.SubRegionId }, "version-one")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("If-Match"));
    }

    [Fact]
    public async Task Malformed_json_wrong_types_and_wrong_content_type_are_problem_details_not_500()
    {
        var malformed = new StringContent("{\"code\": \"QD\", \"name\": ", Encoding.UTF8, "application/json");
        await (await _client.PostAsync("/api/members", malformed)).ProblemAsync(HttpStatusCode.BadRequest);

        var wrongType = new StringContent("{\"code\": \"QD\", \"name\": \"x\", \"subRegionId\": \"12\"}", Encoding.UTF8, "application/json");
        var typeProblem = await (await _client.PostAsync("/api/members", wrongType)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("subRegionId", typeProblem["detail"]!.GetValue<string>());

        var text = new StringContent("code=QD", Encoding.UTF8, "text/plain");
        await (await _client.PostAsync("/api/members", text)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_a_413()
    {
        var huge = new StringContent($"{{\"code\":\"QE\",\"name\":\"x\",\"source\":\"{new string('a', 1_100_000)}\"}}", Encoding.UTF8, "application/json");
        await (await _client.PostAsync("/api/members", huge)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_member_that_other_records_refer_to_cannot_be_deleted()
    {
        var (member, _) = await CreateAsync("QF", "Test administration QF");
        // Later features (milestones, survey responses, experts) refer to Members through foreign keys;
        // stand one in with a table of this test's own.
        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"CREATE TABLE test_member_refs (member_id integer REFERENCES members (id)); INSERT INTO test_member_refs VALUES ({member.Id});",
                connection);
            await command.ExecuteNonQueryAsync();
        }

        var problem = await (await _client.DeleteAsync($"/api/members/{member.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("test_member_refs", problem["detail"]!.GetValue<string>());
        await (await _client.GetAsync($"/api/members/{member.Id}")).OkAsync<MemberDto>();
    }
}
