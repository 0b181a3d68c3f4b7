using System.Net;
using System.Text.Json.Nodes;
using Rocb.Api.Features.Members;
using Rocb.Api.Features.ReferenceData;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.ReferenceData;

public sealed class ReferenceDataImportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.Client();

    private static JsonObject SeedFile()
    {
        using var stream = typeof(Program).Assembly.GetManifestResourceStream("Seed.reference-data.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    [Fact]
    public async Task Importing_the_seed_file_again_creates_nothing_and_keeps_edits()
    {
        var result = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/reference-data/import", SeedFile()))
            .OkAsync<ReferenceDataImportResultDto>();
        Assert.Equal(new ReferenceDataImportResultDto(0, 6, 0, 4, 0, 33), result);
    }

    [Fact]
    public async Task Imports_a_new_member_into_an_existing_sub_region()
    {
        var file = new
        {
            regions = Array.Empty<object>(),
            subRegions = Array.Empty<object>(),
            members = new[] { new { code = "QG", name = "Placeholder administration (test)", subRegionCode = "SEA" } },
        };
        var result = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/reference-data/import", file))
            .OkAsync<ReferenceDataImportResultDto>();
        Assert.Equal(1, result.MembersCreated);
        var page = await (await _client.GetAsync("/api/members?q=QG")).OkAsync<MemberPageDto>();
        Assert.Equal("SEA", page.Items.Single().SubRegionCode);
    }

    [Fact]
    public async Task One_bad_entry_rejects_the_whole_file_with_its_path()
    {
        var file = new
        {
            regions = Array.Empty<object>(),
            subRegions = new[] { new { code = "NEWSR", name = "New sub-region (test)", regionCode = "AP" } },
            members = new object[]
            {
                new { code = "QH", name = "Good entry (test)", subRegionCode = "NEWSR" },
                new { code = "bad", name = "", subRegionCode = "NOPE" },
            },
        };
        var problem = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/reference-data/import", file))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("members[1].code"));
        Assert.NotEmpty(problem.FieldErrors("members[1].name"));
        Assert.NotEmpty(problem.FieldErrors("members[1].subRegionCode"));

        var page = await (await _client.GetAsync("/api/members?q=QH")).OkAsync<MemberPageDto>();
        Assert.Equal(0, page.TotalCount);
        var subRegions = await (await _client.GetAsync("/api/sub-regions")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("NEWSR", subRegions);
    }
}
